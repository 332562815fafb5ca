"""Fill French and Spanish translations into the .ts files (run after `make transup`).

The .ts files are the source of truth for translators (Qt Linguist); this script only fills
entries that are still unfinished, from the glossary below, so re-running it is harmless.
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent

GLOSSARY: dict[str, tuple[str, str]] = {
    "CMS Connectivity Planner": ("Planificateur de connectivité CMS", "Planificador de conectividad CMS"),
    "&CMS Connectivity Planner": ("&Planificateur de connectivité CMS", "&Planificador de conectividad CMS"),
    "Plan protected-area networks for migratory species and find TFCA candidates": (
        "Planifier des réseaux d'aires protégées pour les espèces migratrices et trouver des candidates ACTF",
        "Planificar redes de áreas protegidas para especies migratorias y encontrar candidatas ACTF",
    ),
    "Run the whole planning workflow from the Processing toolbox: CMS Connectivity Planner > Run scenario. The step-by-step panels come next.": (
        "Lancez toute la planification depuis la boîte à outils de traitement : Planificateur de connectivité CMS > Exécuter un scénario. Les panneaux pas à pas arrivent ensuite.",
        "Ejecute toda la planificación desde la caja de herramientas de Procesos: Planificador de conectividad CMS > Ejecutar escenario. Los paneles paso a paso llegarán después.",
    ),
    "Run scenario (simulate, plan, find TFCA candidates)": (
        "Exécuter un scénario (simuler, planifier, trouver des candidates ACTF)",
        "Ejecutar escenario (simular, planificar, encontrar candidatas ACTF)",
    ),
    "Workflow": ("Flux de travail", "Flujo de trabajo"),
    "Countries (ISO3 codes, comma separated)": (
        "Pays (codes ISO3 séparés par des virgules)", "Países (códigos ISO3 separados por comas)"),
    "Number of simulated species": ("Nombre d'espèces simulées", "Número de especies simuladas"),
    "Random seed": ("Graine aléatoire", "Semilla aleatoria"),
    "Hexagon area (km2)": ("Surface des hexagones (km2)", "Superficie de los hexágonos (km2)"),
    "Target (% of each species-season range)": (
        "Objectif (% de l'aire de chaque espèce et saison)",
        "Meta (% del área de cada especie y estación)"),
    "Boundary length modifier (BLM)": (
        "Modificateur de longueur de limite (BLM)", "Modificador de longitud de borde (BLM)"),
    "Solver time limit (s)": ("Temps maximal du solveur (s)", "Tiempo máximo del solucionador (s)"),
    "Relative optimality gap": ("Écart relatif d'optimalité", "Brecha relativa de optimalidad"),
    "Country borders (default: QGIS world map)": (
        "Frontières des pays (par défaut : carte du monde de QGIS)",
        "Fronteras de los países (por defecto: mapa mundial de QGIS)"),
    "Output folder": ("Dossier de sortie", "Carpeta de salida"),
    "GeoPackage": ("GeoPackage", "GeoPackage"),
    "Planning units": ("Unités de planification", "Unidades de planificación"),
    "TFCA candidates": ("Candidates ACTF", "Candidatas ACTF"),
    "Targets table (CSV)": ("Tableau des objectifs (CSV)", "Tabla de metas (CSV)"),
    "Map (PDF)": ("Carte (PDF)", "Mapa (PDF)"),
    "Targets met": ("Objectifs atteints", "Metas alcanzadas"),
    "TFCA candidates found": ("Candidates ACTF trouvées", "Candidatas ACTF encontradas"),
    "Solver status": ("État du solveur", "Estado del solucionador"),
    "Protected areas": ("Aires protégées", "Áreas protegidas"),
    "Species ranges": ("Aires de répartition des espèces", "Áreas de distribución de las especies"),
    "Countries": ("Pays", "Países"),
    "Legend": ("Légende", "Leyenda"),
    "Existing protected (locked in)": ("Déjà protégé (verrouillé)", "Ya protegido (bloqueado)"),
    "Selected by the plan": ("Sélectionné par le plan", "Seleccionado por el plan"),
    "Not selected": ("Non sélectionné", "No seleccionado"),
    "Resident": ("Résident", "Residente"),
    "Breeding": ("Reproduction", "Reproducción"),
    "Non-breeding": ("Hivernage", "Invernada"),
    "Passage": ("Passage", "Paso"),
    "Migratory species network and TFCA candidates": (
        "Réseau pour les espèces migratrices et candidates ACTF",
        "Red para especies migratorias y candidatas ACTF"),
    "Exported on {date}": ("Exporté le {date}", "Exportado el {date}"),
    "Building the study area": ("Construction de la zone d'étude", "Construcción del área de estudio"),
    "Simulating species ranges and protected areas": (
        "Simulation des aires de répartition et des aires protégées",
        "Simulación de áreas de distribución y áreas protegidas"),
    "Building hexagonal planning units": (
        "Construction des unités de planification hexagonales",
        "Construcción de las unidades de planificación hexagonales"),
    "Computing species amounts per unit": (
        "Calcul des surfaces d'espèces par unité", "Cálculo de superficies de especies por unidad"),
    "Solving the integer programme": ("Résolution du programme en nombres entiers",
                                      "Resolución del programa entero"),
    "Finding transboundary (TFCA) candidates": (
        "Recherche des candidates transfrontalières (ACTF)",
        "Búsqueda de candidatas transfronterizas (ACTF)"),
    "Done": ("Terminé", "Terminado"),
    "Cancelled by the user; nothing was written.": (
        "Annulé par l'utilisateur ; rien n'a été écrit.",
        "Cancelado por el usuario; no se escribió nada."),
    "The country list is empty: give at least one ISO3 code, e.g. DEU,FRA,ESP.": (
        "La liste des pays est vide : donnez au moins un code ISO3, p. ex. DEU,FRA,ESP.",
        "La lista de países está vacía: indique al menos un código ISO3, p. ej. DEU,FRA,ESP."),
    "Unknown ISO3 code(s) {codes}: not in the border layer '{layer}'. Use three-letter ISO 3166 codes such as FRA or ESP.": (
        "Code(s) ISO3 inconnu(s) {codes} : absent(s) de la couche de frontières « {layer} ». Utilisez des codes ISO 3166 à trois lettres comme FRA ou ESP.",
        "Código(s) ISO3 desconocido(s) {codes}: no están en la capa de fronteras «{layer}». Use códigos ISO 3166 de tres letras como FRA o ESP."),
    "The number of species is {n}: simulate at least 1 species.": (
        "Le nombre d'espèces est {n} : simulez au moins 1 espèce.",
        "El número de especies es {n}: simule al menos 1 especie."),
    "The target is {value} %: give a percentage above 0 and at most 100.": (
        "L'objectif est de {value} % : donnez un pourcentage supérieur à 0 et d'au plus 100.",
        "La meta es {value} %: indique un porcentaje mayor que 0 y de como máximo 100."),
    "The output folder '{path}' cannot be written ({reason}): choose another folder.": (
        "Impossible d'écrire dans le dossier de sortie « {path} » ({reason}) : choisissez un autre dossier.",
        "No se puede escribir en la carpeta de salida «{path}» ({reason}): elija otra carpeta."),
    "The hexagon area ({cell:.0f} km2) is not smaller than the study area ({area:.0f} km2): choose hexagons of at most {suggest:.0f} km2.": (
        "La surface des hexagones ({cell:.0f} km2) n'est pas inférieure à la zone d'étude ({area:.0f} km2) : choisissez des hexagones d'au plus {suggest:.0f} km2.",
        "La superficie de los hexágonos ({cell:.0f} km2) no es menor que el área de estudio ({area:.0f} km2): elija hexágonos de como máximo {suggest:.0f} km2."),
    "The solve was cancelled.": ("La résolution a été annulée.", "La resolución fue cancelada."),
}


def fill(ts_path: Path, column: int) -> int:
    tree = ET.parse(ts_path)
    filled = 0
    for message in tree.iter("message"):
        source = message.findtext("source")
        translation = message.find("translation")
        if source in GLOSSARY and translation is not None and translation.get("type") == "unfinished":
            translation.text = GLOSSARY[source][column]
            del translation.attrib["type"]
            filled += 1
    tree.write(ts_path, encoding="utf-8", xml_declaration=True)
    return filled


if __name__ == "__main__":
    for locale, column in (("fr", 0), ("es", 1)):
        path = HERE / f"cms_connectivity_plugin_{locale}.ts"
        print(f"{path.name}: {fill(path, column)} filled", file=sys.stderr)
