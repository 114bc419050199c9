"""Invented people for the demo network: the names heard at the desks of the Haut Languedoc.

Given and family names are drawn independently from pools, so every person is an invented
combination, never a real record. The pools mix what the area's registers look like: French and
Occitan family names, particles and apostrophes ("de La Fontaine", "d'Esparbès", "Du Pont"),
compound names ("Lefèvre-Müller"), and the families who settled in the area from Spain,
Portugal, Italy, the Maghreb, West Africa, Poland, Türkiye, Viet Nam, Romania, Ukraine, and the
British, Dutch, German and Nordic people who retired to the hills.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from lam_desk.domain.people import Gender


def _pool(text: str) -> tuple[str, ...]:
    """A pool written as one comma-separated text (names may hold spaces and apostrophes)."""
    return tuple(name.strip() for name in text.split(",") if name.strip())


# --- French given names by generation (female, male) -----------------------------------------

_FRENCH_GIVEN: tuple[tuple[int, tuple[str, ...], tuple[str, ...]], ...] = (
    (
        1950,  # born before
        _pool(
            "Jeanine, Josette, Raymonde, Yvette, Odette, Marcelle, Lucienne, Paulette, Germaine, "
            "Simone, Colette, Denise, Monique, Suzanne, Georgette, Gilberte, Yvonne, Marthe, "
            "Andrée, Renée, Huguette, Ginette, Marie-Louise, Thérèse, Mireille, Éliane"
        ),
        _pool(
            "Marcel, Gérard, Roger, Henri, René, Fernand, André, Jacques, Raymond, Émile, Léon, "
            "Lucien, Maurice, Robert, Gaston, Albert, Claude, Louis, Jean-Baptiste, Honoré, "
            "Aimé, Étienne"
        ),
    ),
    (
        1970,
        _pool(
            "Marie-Thérèse, Christiane, Danielle, Françoise, Martine, Brigitte, Chantal, "
            "Dominique, Nicole, Évelyne, Sylvie, Catherine, Marie-Hélène, Josiane, Annie, "
            "Ghislaine, Geneviève, Maryse, Régine, Joëlle, Michèle, Marie-Christine, Béatrice"
        ),
        _pool(
            "Jean-Pierre, Michel, Alain, Bernard, Patrick, Philippe, Daniel, Gilles, Dominique, "
            "Jean-Claude, Serge, Thierry, Éric, Pascal, Joël, Hervé, Régis, Jean-Luc, Bruno, "
            "Didier, Francis, Jean-Marie, Noël"
        ),
    ),
    (
        1990,
        _pool(
            "Nathalie, Isabelle, Valérie, Sandrine, Céline, Stéphanie, Aurélie, Émilie, "
            "Virginie, Anne-Sophie, Karine, Séverine, Élodie, Delphine, Hélène, Laëtitia, "
            "Magali, Cécile, Audrey, Marie-Laure"
        ),
        _pool(
            "Stéphane, Christophe, Sébastien, Frédéric, Laurent, Nicolas, Julien, Cédric, "
            "Jérôme, Grégory, Fabrice, Olivier, Mickaël, Damien, Guillaume, Ludovic, Yannick, "
            "Jean-François, Benoît, Arnaud"
        ),
    ),
    (
        2005,
        _pool(
            "Laura, Manon, Camille, Pauline, Marine, Mélanie, Océane, Justine, Chloé, Léa, "
            "Clémence, Mathilde, Margaux, Anaïs, Inès, Maëva, Solène, Noémie, Lucie, Emma"
        ),
        _pool(
            "Kévin, Maxime, Thomas, Alexandre, Anthony, Dylan, Quentin, Romain, Lucas, Florian, "
            "Théo, Benjamin, Jordan, Loïc, Baptiste, Valentin, Jérémy, Clément, Axel, Camille"
        ),
    ),
    (
        9999,
        _pool(
            "Léa, Jade, Louise, Emma, Lina, Zoé, Chloé, Alice, Maëlys, Lou, Rose, Juliette, "
            "Ambre, Anna, Léonie, Héloïse, Agathe, Capucine, Romane, Nina, Lilou, Sacha"
        ),
        _pool(
            "Enzo, Noé, Hugo, Gabriel, Raphaël, Nathan, Mathis, Timéo, Liam, Louis, Noah, Ethan, "
            "Aaron, Sacha, Maël, Eliott, Jules, Léo, Nolan, Côme, Tiago, Gaspard"
        ),
    ),
)

_FRENCH_FAMILY: tuple[str, ...] = _pool(
    "Martin, Bernard, Thomas, Petit, Robert, Richard, Durand, Dubois, Moreau, Laurent, "
    "Simon, Michel, Lefèvre, Leroy, Roux, David, Bertrand, Morel, Fournier, Girard, "
    "Bonnet, Dupont, Lambert, Fontaine, Rousseau, Vincent, Faure, André, Mercier, Blanc, "
    "Guérin, Boyer, Garnier, Chevalier, François, Legrand, Gauthier, Perrin, Robin, "
    "Clément, Morin, Nicolas, Henry, Roussel, Mathieu, Masson, Marchand, Duval, Denis, "
    "Dumont, Lemaire, Noël, Meunier, Brun, Blanchard, Giraud, Joly, Rivière, Lucas, "
    "Brunet, Gaillard, Barbier, Arnaud, Gérard, Roche, Renard, Roy, Colin, Caron, "
    "Picard, Roger, Aubert, Lemoine, Renaud, Dumas, Lacroix, Olivier, Philippe, "
    "Bourgeois, Benoît, Rey, Leclerc, Rolland, Guillaume, Lecomte, Dupuy, Guillot, "
    "Hubert, Berger, Carpentier, Dupuis, Moulin, Deschamps, Huet, Boucher, Fleury, "
    "Royer, Jacquet, Adam, Poirier, Aubry, Carré, Charpentier, Ménard, Maillard, Baron, "
    "Bertin, Bailly, Hervé, Collet, Léger, Bouvier, Prévost, Millet, Perrot, Cousin, "
    "Germain, Breton, Besson, Langlois, Rémy, Pelletier, Lévêque, Perrier, Leblanc, "
    "Barré, Lebrun, Marchal, Mallet, Hamon, Boulanger, Monnier, Michaud, Guichard, "
    "Gillet, Étienne, Poulain, Tessier, Chauvin, Bouchet, Gay, Lemaître, Bénard, "
    "Maréchal, Humbert, Reynaud, Perret, Barthélemy, Cordier, Pichon, Lejeune, Gilbert, "
    "Lamy, Delaunay, Pasquier, Laporte, Le Gall, Le Goff, Le Roux, Le Bihan, Le Floch, "
    "Kergoat, Azaïs, Cabrol, Bousquet, Roques, Bonnafous, Séguier, Maurel, Estève, "
    "Combes, Fabre, Pagès, Cros, Sicard, Vidal, Granier, Rouquette, Teisseyre, Alquier, "
    "Cathala, Roumieu, Coulet, Bastide, Fabié, Crouzet, Galtier, Jougla, Mas, Poujol, "
    "Sabatier, Salles, Carrière, Calas, Valette, Cazals, Vergnes, Bascou, Fontès, Py, "
    "Bouisson, Arnal, Azéma, Castan, Delmas, Malet, Rigal, Barthès, Tarbouriech, Hérail, "
    "Guiraud, Causse, Clergue, Mazel, Boudet, Escande, Rouanet, Gleizes, Andrieu, "
    "Calmel, Bourrel, Cambon, Fabrègue, Lignon, Maraval, Ournac, Pailhès, Rieussec, "
    "Sénégas, Soulié, Taillefer, Vialles, Cauquil, Bonnel, Rascol, Aussenac, Marty, "
    "Bouscarat, Julien, Garrigues, Vieu, Alibert, Cabanel, Mouysset, Bézard, Ricard, "
    "Thérond, Bonnafoux, Fraisse, Espinasse, Roudier"
)

# Family names with a particle or an apostrophe: the cases a name search must not trip on.
_PARTICLE_FAMILY: tuple[str, ...] = _pool(
    "de La Fontaine, d'Esparbès, Du Pont, de Lestang, d'Alzon, de Vézian, des Essarts, "
    "de l'Hermet, Du Bois, de Saint-Just, d'Aubigny, de La Tour, de Montredon, "
    "d'Hautpoul, Le Duc, de Castelnau, du Caylar, de Ginestet"
)

# The second half of a compound family name ("Martin-Roques"): names of other origins too.
_COMPOUND_SECOND: tuple[str, ...] = _pool(
    "Müller, Roques, Vidal, Garcia, Fabre, Benali, Lopez, Mas, Durand, Estève, Nguyen, "
    "Costa, Dupont, Cabrol"
)


@dataclass(frozen=True)
class Origin:
    """A pool of names of one origin: female and male given names, family names (with the
    female form of family names that have one, as in Polish), and how often it is drawn."""

    weight: float
    female: tuple[str, ...]
    male: tuple[str, ...]
    family: tuple[str, ...]
    family_female: tuple[str, ...] = ()


_ORIGINS: dict[str, Origin] = {
    "iberian": Origin(
        7.0,
        _pool(
            "María, Carmen, Dolores, Pilar, Conceição, Fernanda, Inês, Ángela, Nuria, Lucía, "
            "Rosário, Mercedes, Graça, Montserrat"
        ),
        _pool(
            "José, Antonio, Manuel, João, Rui, Joaquim, Álvaro, Íñigo, Jesús, Francisco, Sérgio, "
            "Andrés, Ramón"
        ),
        _pool(
            "García, Rodríguez García, Martínez, López, Sánchez, Pérez, Fernández, Gómez, Ruiz, "
            "Navarro, Moreno, Giménez, Da Silva, Pereira, Ferreira, Gonçalves, Rodrigues, "
            "Carvalho, Sousa, Fernandes Costa, Alves, Lopes, Muñoz, Ibáñez, Peña, dos Santos"
        ),
    ),
    "maghreb": Origin(
        7.0,
        _pool(
            "Yasmina, Fatima, Nadia, Samira, Malika, Leïla, Nour, Inès, Khadija, Aïcha, Zoubida, "
            "Soraya, Meriem, Hanane, Lamia"
        ),
        _pool(
            "Karim, Mohamed, Rachid, Yacine, Sofiane, Mehdi, Abdelkader, Hakim, Bilal, Saïd, "
            "Mourad, Nordine, Youssef, Farid"
        ),
        _pool(
            "El Amrani, Benali, Haddad, Bensaïd, Zerrouki, Mansouri, Belkacem, Aït-Ouali, "
            "Boukhari, Cherif, Hamdi, El Idrissi, Ben Youssef, Bouzid, Djebbar, Meziane, "
            "Ould Ahmed, Saïdi"
        ),
    ),
    "west_africa": Origin(
        2.0,
        ("Aminata", "Fatoumata", "Aïssatou", "Awa", "Mariam", "Kadiatou", "Ramatoulaye"),
        ("Mamadou", "Ousmane", "Moussa", "Ibrahima", "Seydou", "Adama", "Souleymane"),
        _pool(
            "N'Diaye, Diallo, Traoré, Koné, Sow, Camara, Cissé, Diop, Keïta, Sy, Ba, N'Guessan, "
            "Kouassi, M'Baye"
        ),
    ),
    "polish": Origin(
        1.5,
        ("Małgorzata", "Zofia", "Agnieszka", "Grażyna", "Katarzyna", "Jadwiga", "Halina"),
        ("Łukasz", "Krzysztof", "Paweł", "Jerzy", "Wojciech", "Stanisław", "Józef"),
        ("Dąbrowski", "Kowalski", "Wiśniewski", "Zieliński", "Kamiński", "Lewandowski"),
        ("Dąbrowska", "Kowalska", "Wiśniewska", "Zielińska", "Kamińska", "Lewandowska"),
    ),
    "vietnamese": Origin(
        1.0,
        ("Thị Lan", "Thị Hoa", "Thị Mai", "Thu Hà", "Ngọc Anh", "Thị Hương"),
        ("Văn Minh", "Văn Hùng", "Quốc Bảo", "Đức Anh", "Văn Thành", "Hữu Phước"),
        ("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Võ", "Đặng"),
    ),
    "turkish": Origin(
        1.5,
        ("Ayşe", "Zeynep", "Gülşen", "Elif", "Özlem", "Fatma", "Şeyma"),
        ("Mehmet", "Emre", "Hüseyin", "Murat", "Çağrı", "Mustafa", "Oğuz"),
        ("Şahin", "Yılmaz", "Öztürk", "Çelik", "Demir", "Kaya", "Aydın", "Doğan", "Güneş"),
    ),
    "north_europe": Origin(
        4.0,
        _pool(
            "Ingrid, Astrid, Anke, Margaret, Emma, Siobhán, Niamh, Åsa, Hannelore, Gwen, Sigrid, "
            "Marijke, Ursula, Fiona"
        ),
        _pool(
            "Søren, Jürgen, Sjoerd, Oliver, Seán, Björn, Lars, Klaus, Nigel, Pieter, Rhys, "
            "Dieter, Graham, Malcolm"
        ),
        _pool(
            "Øster, Sørensen, Müller, Schmidt, van der Berg, de Vries, Janssen, O'Brien, "
            "O'Connor, Smith, Taylor, Whitaker, McAllister, Fitzgerald, Andersson, Björk, "
            "Lindqvist, Van Damme, Hughes, Æbeltoft, Weiß"
        ),
    ),
    "italian": Origin(
        2.0,
        ("Francesca", "Giulia", "Rosaria", "Carla", "Antonella", "Graziella"),
        ("Giuseppe", "Luca", "Marco", "Niccolò", "Salvatore", "Vittorio"),
        _pool(
            "Rossi, Bianchi, Esposito, Russo, Ferrari, Romano, Colombo, Di Stefano, D'Angelo, "
            "La Rosa, Lo Presti"
        ),
    ),
    "eastern": Origin(
        2.0,
        ("Ioana", "Elena", "Olena", "Oksana", "Mariya", "Andreea"),
        ("Andrei", "Mihai", "Ștefan", "Alexandru", "Dmytro", "Andriy"),
        ("Popescu", "Ionescu", "Dumitrescu", "Shevchenko", "Kovalenko", "Bondarenko", "Țurcanu"),
    ),
}

_FRENCH_WEIGHT = 72.0


@dataclass(frozen=True)
class PersonName:
    family_name: str
    given_name: str


class NameMaker:
    """Draws invented names from the pools with one seeded random generator."""

    def __init__(self, rng: random.Random) -> None:
        self._rng = rng
        self._origins = list(_ORIGINS.values())
        self._origin_weights = [_FRENCH_WEIGHT, *(o.weight for o in self._origins)]
        self._origin_cum = _cumulative(self._origin_weights)

    def person(self, gender: str, birth_year: int | None) -> PersonName:
        rng = self._rng
        pick = rng.choices(range(len(self._origin_weights)), cum_weights=self._origin_cum)[0]
        female = gender == Gender.FEMALE or (gender != Gender.MALE and rng.random() < 0.5)
        if pick == 0:
            return PersonName(self._french_family(), self._french_given(female, birth_year))
        origin = self._origins[pick - 1]
        given = rng.choice(origin.female if female else origin.male)
        if female and origin.family_female:
            family = rng.choice(origin.family_female)
        else:
            family = rng.choice(origin.family)
        return PersonName(family, given)

    def adult_given_name(self, female: bool) -> str:
        """A given name of someone born in the 1970s or 1980s (a parent of today's pupils)."""
        _until, women, men = _FRENCH_GIVEN[2]
        return self._rng.choice(women if female else men)

    def _french_family(self) -> str:
        rng = self._rng
        roll = rng.random()
        if roll < 0.04:
            return rng.choice(_PARTICLE_FAMILY)
        if roll < 0.09:
            first = rng.choice(_FRENCH_FAMILY)
            second = rng.choice(_COMPOUND_SECOND)
            if second != first:
                return f"{first}-{second}"
        if roll < 0.095:
            return "Lefèvre-Müller"
        return rng.choice(_FRENCH_FAMILY)

    def _french_given(self, female: bool, birth_year: int | None) -> str:
        year = birth_year if birth_year is not None else 1975
        for until, women, men in _FRENCH_GIVEN:
            if year < until:
                return self._rng.choice(women if female else men)
        raise AssertionError("the last generation has no upper bound")


def _cumulative(weights: list[float]) -> list[float]:
    total = 0.0
    out = []
    for weight in weights:
        total += weight
        out.append(total)
    return out


# Streets as they are named in the villages of the area (numbers are drawn separately).
STREETS: tuple[str, ...] = _pool(
    "rue de la République, avenue Jean-Jaurès, chemin des Vignes, place de l'Église, "
    "impasse des Oliviers, rue du Château, avenue de la Gare, rue des Écoles, "
    "chemin de la Fontaine, rue Paul-Riquet, boulevard Gambetta, rue de l'Orb, "
    "lotissement Les Amandiers, rue du Four, chemin du Moulin, rue Victor-Hugo, "
    "avenue du Languedoc, rue des Remparts, place du Marché, chemin des Capitelles, "
    "rue Émile-Zola, allée des Micocouliers, rue de la Poste, route de Béziers"
)
HAMLETS: tuple[str, ...] = _pool(
    "Le Village, Hameau du Mas, Lieu-dit Les Clauzes, Domaine des Pins, La Bastide"
)

# E-mail domains reserved for examples (RFC 2606, RFC 6761): no real mailbox behind them.
EMAIL_DOMAINS: tuple[str, ...] = _pool(
    "example.org, example.net, example.com, mail.example, courriel.example"
)
