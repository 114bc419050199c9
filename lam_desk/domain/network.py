"""The sites of the network, shipped as reference data with deterministic ids (DESIGN.md §1, §4)."""

from __future__ import annotations

from dataclasses import dataclass

from lam_desk.ids import reference_id

LAM = "lam"
ANTENNA = "antenna"


@dataclass(frozen=True)
class SiteSeed:
    code: str
    name: str
    kind: str
    commune_insee: str
    place: str
    parent_code: str | None = None

    @property
    def id(self) -> str:
        return site_id(self.code)


def site_id(code: str) -> str:
    return reference_id("site", code)


SITES: tuple[SiteSeed, ...] = (
    SiteSeed("BED", "LAM de Bédarieux", LAM, "34028", "Bédarieux"),
    SiteSeed("CAP", "LAM de Capestang", LAM, "34052", "Capestang"),
    SiteSeed("OLA", "LAM d'Olargues", LAM, "34187", "Olargues"),
    SiteSeed("OLO", "LAM d'Olonzac", LAM, "34189", "Olonzac"),
    SiteSeed("ROU", "LAM de Roujan", LAM, "34237", "Roujan"),
    SiteSeed(
        "SCH", "Antenne de Saint-Chinian", ANTENNA, "34245", "Médiathèque, Saint-Chinian", "OLO"
    ),
    SiteSeed(
        "SPO",
        "Antenne de Saint-Pons-de-Thomières",
        ANTENNA,
        "34284",
        "Médiathèque, Saint-Pons-de-Thomières",
        "OLA",
    ),
    SiteSeed("LUN", "Antenne de Lunas", ANTENNA, "34144", "Lunas", "BED"),
    SiteSeed(
        "SGE",
        "Antenne de Saint-Gervais-sur-Mare",
        ANTENNA,
        "34260",
        "Saint-Gervais-sur-Mare",
        "BED",
    ),
    SiteSeed(
        "MUR", "Antenne de Murviel-lès-Béziers", ANTENNA, "34178", "Murviel-lès-Béziers", "ROU"
    ),
)


def served_codes(home_code: str) -> tuple[str, ...]:
    """A node serving a LAM also serves the antennas attached to it (DESIGN.md §4)."""
    return (home_code, *(s.code for s in SITES if s.parent_code == home_code))
