"""Reference rows every desk seeds alike, with deterministic ids (DESIGN.md §4): visit
purposes, funders and their funding lines, the course catalogue. The coordinator edits them
afterwards; the seed never overwrites a row that exists."""

from __future__ import annotations

from dataclasses import dataclass, field

from lam_desk.ids import reference_id


@dataclass(frozen=True)
class PurposeSeed:
    code: str
    label: str  # French: the desk's language, and what the coordinator edits

    @property
    def id(self) -> str:
        return reference_id("visit_purpose", self.code)


PURPOSES: tuple[PurposeSeed, ...] = (
    PurposeSeed("free_access", "Accès libre"),
    PurposeSeed("job_search", "Recherche d'emploi"),
    PurposeSeed("admin_procedure", "Démarche administrative"),
    PurposeSeed("social_support", "Accompagnement social"),
    PurposeSeed("school_support", "Soutien scolaire"),
    PurposeSeed("training", "Formation"),
    PurposeSeed("foad", "FOAD (formation à distance)"),
    PurposeSeed("print_scan", "Impression ou numérisation"),
    PurposeSeed("literacy", "Aide à la lecture et à l'écriture"),
    PurposeSeed("business", "Entreprise ou association"),
    PurposeSeed("other", "Autre"),
)


@dataclass(frozen=True)
class FunderSeed:
    code: str
    name: str
    kind: str

    @property
    def id(self) -> str:
        return reference_id("funder", self.code)


FUNDERS: tuple[FunderSeed, ...] = (
    FunderSeed("FEDER", "Union européenne — FEDER", "eu"),
    FunderSeed("ETAT", "État", "state"),
    FunderSeed("REGION", "Région Occitanie", "region"),
    FunderSeed("CD34", "Département de l'Hérault", "department"),
)

EU_STATEMENT_2021 = "Cofinancé par l'Union européenne"
EU_STATEMENT_EARLIER = "UNION EUROPÉENNE — Fonds européen de développement régional"


@dataclass(frozen=True)
class FundingLineSeed:
    code: str
    funder_code: str
    title: str
    programme_period: str = ""
    managing_authority: str = ""
    eu_statement: str = ""
    operation_number: str = ""

    @property
    def id(self) -> str:
        return reference_id("funding_line", self.code)

    @property
    def funder_id(self) -> str:
        return reference_id("funder", self.funder_code)


FUNDING_LINES: tuple[FundingLineSeed, ...] = (
    FundingLineSeed(
        "FEDER-2127-INCL",
        "FEDER",
        "Inclusion numérique en territoire rural",
        programme_period="2021-2027",
        managing_authority="Région Occitanie",
        eu_statement=EU_STATEMENT_2021,
    ),
    FundingLineSeed("ETAT-CNFS", "ETAT", "Conseillers numériques France Services"),
    FundingLineSeed("REGION-PASS", "REGION", "Pass numérique régional"),
    FundingLineSeed("CD34-SENIORS", "CD34", "Ateliers numériques seniors"),
)


@dataclass(frozen=True)
class CourseSeed:
    code: str
    title: str
    description: str
    planned_hours: float
    level: str = ""
    certificate: str = ""
    funding_line_code: str | None = None
    themes: tuple[str, ...] = field(default_factory=tuple)
    is_foad: bool = False

    @property
    def id(self) -> str:
        return reference_id("course", self.code)

    @property
    def funding_line_id(self) -> str | None:
        return (
            reference_id("funding_line", self.funding_line_code) if self.funding_line_code else None
        )


COURSES: tuple[CourseSeed, ...] = (
    CourseSeed(
        "CNI",
        "Certificat de navigation sur Internet (CNI)",
        "Naviguer, chercher, communiquer et faire ses démarches en ligne en sécurité ; "
        "pour les demandeurs d'emploi d'abord.",
        14,
        level="débutant",
        certificate="Certificat de navigation sur Internet",
        funding_line_code="FEDER-2127-INCL",
        themes=("internet", "messagerie", "démarches en ligne"),
    ),
    CourseSeed(
        "C2I",
        "Certificat universitaire de compétences numériques",
        "Préparation au certificat de compétences numériques délivré par l'université.",
        40,
        level="intermédiaire",
        certificate="Certificat de compétences numériques",
        funding_line_code="REGION-PASS",
        themes=("bureautique", "internet", "sécurité"),
    ),
    CourseSeed(
        "FOAD",
        "Accès FOAD (formation ouverte à distance)",
        "Un poste et un accompagnement pour suivre sa formation en ligne.",
        0,
        funding_line_code="REGION-PASS",
        themes=("formation à distance",),
        is_foad=True,
    ),
    CourseSeed(
        "EMPLOI",
        "Atelier recherche d'emploi",
        "CV, lettre de motivation, espace personnel France Travail, candidatures en ligne.",
        6,
        funding_line_code="ETAT-CNFS",
        themes=("emploi",),
    ),
    CourseSeed(
        "SENIORS",
        "Atelier seniors Word et Internet — Semaine bleue",
        "Traitement de texte et Internet pour les seniors ; l'atelier se termine par une "
        "brochure présentée pendant la Semaine bleue.",
        20,
        level="débutant",
        funding_line_code="CD34-SENIORS",
        themes=("bureautique", "internet", "seniors"),
    ),
    CourseSeed(
        "ELUS",
        "Sensibilisation des élus au numérique",
        "Les enjeux du numérique pour les communes : services en ligne, données, inclusion.",
        3,
        themes=("collectivités",),
    ),
    CourseSeed(
        "ENTREPRISES",
        "Accompagnement numérique des entreprises",
        "Site web, réseaux sociaux, outils en ligne pour les artisans et les commerçants.",
        6,
        funding_line_code="FEDER-2127-INCL",
        themes=("entreprises",),
    ),
)
