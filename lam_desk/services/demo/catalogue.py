"""What the demo network does beyond the desk: its training plans, events and service offers."""

from __future__ import annotations

from dataclasses import dataclass

from lam_desk.domain.people import Status

MORNING = "morning"
AFTERNOON = "afternoon"
EVENING = "evening"  # elected officials meet after work: outside the public opening hours


@dataclass(frozen=True)
class CoursePlan:
    """How the demo runs a course of the catalogue: its weekly sessions (one module each),
    which half-days, how many seats, who it is for, and who trains."""

    code: str
    short: str
    modules: tuple[str, ...]
    half_days: tuple[str, ...]
    capacity: int
    statuses: tuple[Status, ...]
    min_age: int = 16
    max_age: int = 120
    uses_workstations: bool = True
    external_trainers: tuple[str, ...] = ()  # empty: the site's animator trains


COURSE_PLANS: dict[str, CoursePlan] = {
    plan.code: plan
    for plan in (
        CoursePlan(
            "CNI",
            "Certificat de navigation (CNI)",
            (
                "Découvrir l'ordinateur et le navigateur",
                "Chercher et trier l'information",
                "La messagerie électronique",
                "Démarches en ligne en toute sécurité",
            ),
            (MORNING,),
            8,
            (Status.JOB_SEEKER, Status.JOB_SEEKER, Status.OTHER, Status.RETIRED),
        ),
        CoursePlan(
            "C2I",
            "Certificat de compétences numériques",
            (
                "Environnement numérique de travail",
                "Traitement de texte",
                "Tableur",
                "Présentation assistée par ordinateur",
                "Internet, droits et sécurité",
                "Préparation à l'examen",
            ),
            (MORNING, AFTERNOON),
            8,
            (Status.PUPIL_STUDENT, Status.JOB_SEEKER),
            min_age=17,
            max_age=45,
            external_trainers=("Élise Carrère, formatrice agréée",),
        ),
        CoursePlan(
            "EMPLOI",
            "Atelier recherche d'emploi",
            ("CV et lettre de motivation", "Candidater en ligne, espace France Travail"),
            (AFTERNOON,),
            8,
            (Status.JOB_SEEKER,),
            min_age=18,
            max_age=66,
            external_trainers=("Thierry Bascou, conseiller France Travail",),
        ),
        CoursePlan(
            "SENIORS",
            "Atelier seniors",
            (
                "Premiers pas : souris et clavier",
                "Écrire un texte",
                "Mettre en page et illustrer",
                "Chercher et s'informer sur Internet",
                "Courriel et photos de famille",
                "Finaliser la brochure de la Semaine bleue",
            ),
            (AFTERNOON,),
            10,
            (Status.RETIRED,),
            min_age=58,
        ),
        CoursePlan(
            "ELUS",
            "Élus et numérique",
            ("Les services numériques de la commune",),
            (EVENING,),
            15,
            (Status.EMPLOYED, Status.RETIRED, Status.OTHER),
            min_age=30,
            uses_workstations=False,
            external_trainers=("Isabelle Fontès, chargée de mission numérique",),
        ),
        CoursePlan(
            "ENTREPRISES",
            "Numérique pour les entreprises",
            (
                "Être visible en ligne : fiche d'établissement et site",
                "Réseaux sociaux pour artisans et commerçants",
            ),
            (MORNING,),
            8,
            (Status.EMPLOYED, Status.OTHER),
            min_age=20,
            max_age=70,
            external_trainers=("Marc Lignon, consultant",),
        ),
    )
}

# The order a LAM runs its courses in; antennas run the short ones now and then.
LAM_CYCLE = ("CNI", "SENIORS", "EMPLOI", "C2I", "CNI", "ENTREPRISES", "EMPLOI", "SENIORS", "ELUS")
ANTENNA_CYCLE = ("EMPLOI", "SENIORS", "CNI")


@dataclass(frozen=True)
class ServicePlan:
    service: str
    description: str
    audiences: tuple[str, ...]
    where: str  # "all", "lam", "scanner", or site codes separated by spaces


SERVICE_PLANS: tuple[ServicePlan, ...] = (
    ServicePlan(
        "Accès libre à Internet",
        "Un poste et une connexion, avec l'aide de l'animateur si besoin.",
        ("tout public",),
        "all",
    ),
    ServicePlan(
        "Aide aux démarches en ligne",
        "CAF, impôts, ANTS, Ameli, retraite : on vous accompagne pas à pas.",
        ("tout public", "seniors"),
        "all",
    ),
    ServicePlan(
        "Impression et numérisation",
        "Imprimer un document, numériser une pièce justificative.",
        ("tout public",),
        "scanner",
    ),
    ServicePlan(
        "Recherche d'emploi",
        "CV, candidatures, espace France Travail, avec des ateliers réguliers.",
        ("demandeurs d'emploi",),
        "lam",
    ),
    ServicePlan(
        "Ateliers seniors",
        "Ordinateur, tablette, Internet et courriel, à son rythme.",
        ("seniors",),
        "lam",
    ),
    ServicePlan(
        "Espace FOAD",
        "Un poste et un accompagnement pour suivre sa formation à distance.",
        ("demandeurs d'emploi", "salariés"),
        "BED OLO",
    ),
    ServicePlan(
        "Accompagnement des entreprises",
        "Site, réseaux sociaux, outils en ligne pour artisans et commerçants.",
        ("entreprises", "associations"),
        "BED CAP ROU",
    ),
)

# Events of the sites' own (the network's are the Fête de l'Internet and the Semaine bleue):
# site, title, description, from, to (Europe/Paris wall clock).
SITE_EVENTS: tuple[tuple[str, str, str, str, str], ...] = (
    (
        "BED",
        "Café numérique : protéger ses comptes en ligne",
        "Échanges autour d'un café.",
        "17:30",
        "19:00",
    ),
    (
        "CAP",
        "Portes ouvertes de la LAM de Capestang",
        "Découverte des postes et des ateliers.",
        "14:00",
        "18:00",
    ),
    (
        "OLA",
        "Café numérique : les photos de famille",
        "Trier, sauvegarder, partager.",
        "17:30",
        "19:00",
    ),
    (
        "OLO",
        "Matinée de l'emploi en ligne",
        "Avec les conseillers France Travail.",
        "09:00",
        "12:00",
    ),
    (
        "ROU",
        "Rencontre des associations et du numérique",
        "Outils gratuits pour les bénévoles.",
        "18:00",
        "20:00",
    ),
)
