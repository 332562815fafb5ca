<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1">
<context>
    <name>CmsConnectivity</name>
    <message>
        <location filename="../cms_connectivity_plugin/core/borders.py" line="54"/>
        <source>The border layer &apos;{layer}&apos; has no ISO3 field (looked for {fields}): add one or use the default world map.</source>
        <translation>La couche de frontières « {layer} » n'a pas de champ ISO3 (champs cherchés : {fields}) : ajoutez-en un ou utilisez la carte du monde par défaut.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/scenario.py" line="80"/>
        <source>The country list is empty: give at least one ISO3 code, e.g. DEU,FRA,ESP.</source>
        <translation>La liste des pays est vide : donnez au moins un code ISO3, p. ex. DEU,FRA,ESP.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/borders.py" line="130"/>
        <source>Unknown ISO3 code(s) {codes}: not in the border layer &apos;{layer}&apos;. Use three-letter ISO 3166 codes such as FRA or ESP.</source>
        <translation>Code(s) ISO3 inconnu(s) {codes} : absent(s) de la couche de frontières « {layer} ». Utilisez des codes ISO 3166 à trois lettres comme FRA ou ESP.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/problem/model.py" line="39"/>
        <source>The selection has shape {shape}; give one flag per planning unit ({n}).</source>
        <translation>La sélection a la forme {shape} ; donnez un indicateur par unité de planification ({n}).</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/solvers/__init__.py" line="141"/>
        <source>Solving: searching for a first solution</source>
        <translation>Résolution : recherche d'une première solution</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/solvers/__init__.py" line="143"/>
        <source>Solving: gap {gap:.2%}</source>
        <translation>Résolution : écart {gap:.2%}</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/planning_units.py" line="381"/>
        <source>Cancelled by the user; nothing was written.</source>
        <translation>Annulé par l'utilisateur ; rien n'a été écrit.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/simulate.py" line="159"/>
        <source>Building the study area</source>
        <translation>Construction de la zone d'étude</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/simulate.py" line="170"/>
        <source>Simulating species ranges and protected areas</source>
        <translation>Simulation des aires de répartition des espèces et des aires protégées</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/pipeline.py" line="201"/>
        <source>Building hexagonal planning units</source>
        <translation>Construction des unités de planification hexagonales</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/pipeline.py" line="213"/>
        <source>Computing species amounts per unit</source>
        <translation>Calcul des quantités d'espèces par unité</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/pipeline.py" line="221"/>
        <source>{n} feature(s) have no range inside the study area: {names}.</source>
        <translation>{n} élément(s) n'ont aucune aire de répartition dans la zone d'étude : {names}.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/plan.py" line="829"/>
        <source>Solving the integer programme</source>
        <translation>Résolution du programme en nombres entiers</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/pipeline.py" line="249"/>
        <source>Finding transboundary (TFCA) candidates</source>
        <translation>Recherche des candidates transfrontalières (ACTF)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/qgis_io/run.py" line="170"/>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/planning_units.py" line="766"/>
        <source>The hexagon area ({cell:.0f} km2) is not smaller than the study area ({area:.0f} km2): choose hexagons of at most {suggest:.0f} km2.</source>
        <translation>La surface des hexagones ({cell:.0f} km2) n'est pas inférieure à celle de la zone d'étude ({area:.0f} km2) : choisissez des hexagones d'au plus {suggest:.0f} km2.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/i18n.py" line="122"/>
        <source>{shown} and {rest} more</source>
        <translation>{shown} et {rest} autres</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/problem/boundary.py" line="59"/>
        <source>The boundary table has {i} first ids, {j} second ids and {length} lengths; every row needs all three.</source>
        <translation>La table des bordures a {i} premiers identifiants, {j} seconds identifiants et {length} longueurs ; chaque ligne a besoin des trois.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/problem/boundary.py" line="67"/>
        <source>Boundary rows {rows} refer to planning units outside 0..{last}: check that the boundary table matches the planning units.</source>
        <translation>Les lignes de bordure {rows} renvoient à des unités de planification hors de 0..{last} : vérifiez que la table des bordures correspond aux unités de planification.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/problem/boundary.py" line="75"/>
        <source>Boundary rows {rows} have a missing or negative length: every shared edge length must be zero or more.</source>
        <translation>Les lignes de bordure {rows} ont une longueur manquante ou négative : chaque longueur de bord partagé doit être positive ou nulle.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/problem/boundary.py" line="86"/>
        <source>There are {count} exposed edge lengths for {n} planning units; give one per unit.</source>
        <translation>Il y a {count} longueurs de bord exposé pour {n} unités de planification ; donnez-en une par unité.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/problem/boundary.py" line="94"/>
        <source>Planning units {units} have a missing or negative exposed edge: exposed edge lengths must be zero or more.</source>
        <translation>Les unités de planification {units} ont un bord exposé manquant ou négatif : les longueurs de bord exposé doivent être positives ou nulles.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/problem/boundary.py" line="145"/>
        <source>The selection has {count} units but the boundary data has {n}.</source>
        <translation>La sélection compte {count} unités, mais les données de bordure en ont {n}.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/problem/model.py" line="94"/>
        <source>feature {number}</source>
        <translation>élément {number}</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/problem/model.py" line="164"/>
        <source>The cost has shape {shape}; give one cost per planning unit.</source>
        <translation>Le coût a la forme {shape} ; donnez un coût par unité de planification.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/problem/model.py" line="170"/>
        <source>The targets have shape {shape}; give one target per feature.</source>
        <translation>Les cibles ont la forme {shape} ; donnez une cible par élément.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/problem/model.py" line="176"/>
        <source>The amounts table is {rows} x {cols} but there are {n} planning units and {m} targets: give one row per unit and one column per feature.</source>
        <translation>La table des quantités est de {rows} x {cols}, mais il y a {n} unités de planification et {m} cibles : donnez une ligne par unité et une colonne par élément.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/problem/model.py" line="183"/>
        <source>There are {names} feature names for {m} features.</source>
        <translation>Il y a {names} noms d'éléments pour {m} éléments.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/problem/model.py" line="188"/>
        <source>locked-in</source>
        <translation>unités verrouillées</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/problem/model.py" line="188"/>
        <source>locked-out</source>
        <translation>unités exclues</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/problem/model.py" line="190"/>
        <source>The {what} flags have shape {shape}; give one flag per planning unit ({n}).</source>
        <translation>Les indicateurs « {what} » ont la forme {shape} ; donnez un indicateur par unité de planification ({n}).</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/problem/model.py" line="197"/>
        <source>There are {count} unit ids for {n} planning units.</source>
        <translation>Il y a {count} identifiants d'unité pour {n} unités de planification.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/problem/model.py" line="205"/>
        <source>The cost of planning unit {units} is missing or not finite: give every unit a finite cost, or remove the units that cannot be selected.</source>
        <translation>Le coût de l'unité de planification {units} est manquant ou non fini : donnez à chaque unité un coût fini, ou retirez les unités qui ne peuvent pas être sélectionnées.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/problem/model.py" line="213"/>
        <source>The cost of planning unit {units} is negative: costs must be zero or more.</source>
        <translation>Le coût de l'unité de planification {units} est négatif : les coûts doivent être positifs ou nuls.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/problem/model.py" line="237"/>
        <source>The amount of feature &apos;{feature}&apos; in planning unit {unit} is {value}: amounts must be zero or more ({count} such values in all).</source>
        <translation>La quantité de l'élément « {feature} » dans l'unité de planification {unit} vaut {value} : les quantités doivent être positives ou nulles ({count} valeurs de ce type au total).</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/problem/model.py" line="251"/>
        <source>The target for feature &apos;{feature}&apos; is {value}: targets are amounts and must be zero or more.</source>
        <translation>La cible de l'élément « {feature} » vaut {value} : les cibles sont des quantités et doivent être positives ou nulles.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/problem/model.py" line="296"/>
        <source>Planning unit {units} is both locked in and locked out: remove one of the two locks.</source>
        <translation>L'unité de planification {units} est à la fois verrouillée et exclue : retirez l'un des deux verrous.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/problem/penalties.py" line="160"/>
        <source>Unknown boundary formulation &apos;{name}&apos;: use {choices}.</source>
        <translation>Formulation de bordure « {name} » inconnue : utilisez {choices}.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/problem/penalties.py" line="166"/>
        <source>The boundary length modifier is {value}; it must be zero or more.</source>
        <translation>Le modificateur de longueur de bordure vaut {value} ; il doit être positif ou nul.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/problem/penalties.py" line="172"/>
        <source>The edge factor is {value}; it must be between 0 and 1.</source>
        <translation>Le facteur de bord vaut {value} ; il doit être compris entre 0 et 1.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/problem/penalties.py" line="178"/>
        <source>The boundary data covers {count} planning units but there are {n}: rebuild the boundary table from the same units.</source>
        <translation>Les données de bordure couvrent {count} unités de planification, mais il y en a {n} : reconstruisez la table des bordures à partir des mêmes unités.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/problem/penalties.py" line="202"/>
        <source>A boundary length modifier of {value} is set but no boundary data was given: add the boundary table or set the modifier to 0.</source>
        <translation>Un modificateur de longueur de bordure de {value} est défini, mais aucune donnée de bordure n'a été fournie : ajoutez la table des bordures ou mettez le modificateur à 0.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/problem/model.py" line="323"/>
        <source>&apos;{name}&apos;: target {target:.6g}, at most {max_attainable:.6g} available ({shortfall:.6g} short)</source>
        <translation>« {name} » : cible {target:.6g}, au plus {max_attainable:.6g} disponible (déficit de {shortfall:.6g})</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/problem/solution.py" line="100"/>
        <source>The warm start has shape {shape}; give one flag per planning unit ({n}).</source>
        <translation>Le démarrage à chaud a la forme {shape} ; donnez un indicateur par unité de planification ({n}).</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/problem/solution.py" line="142"/>
        <source>The time limit is {value} s; give a positive number of seconds.</source>
        <translation>Le temps maximal vaut {value} s ; donnez un nombre positif de secondes.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/problem/solution.py" line="148"/>
        <source>The optimality gap is {value}; give a fraction of 0 or more, e.g. 0.01.</source>
        <translation>L'écart d'optimalité vaut {value} ; donnez une fraction supérieure ou égale à 0, p. ex. 0.01.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/problem/solution.py" line="154"/>
        <source>The number of threads is {value}; give 1 or more.</source>
        <translation>Le nombre de fils d'exécution vaut {value} ; donnez 1 ou plus.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/scenario.py" line="94"/>
        <source>&apos;{code}&apos; is not an ISO3 country code: use three letters, e.g. FRA.</source>
        <translation>« {code} » n'est pas un code de pays ISO3 : utilisez trois lettres, p. ex. FRA.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/simulate.py" line="189"/>
        <source>The number of species is {n}: simulate at least 1 species.</source>
        <translation>Le nombre d'espèces est de {n} : simulez au moins 1 espèce.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/scenario.py" line="106"/>
        <source>The target is {value} %: give a percentage above 0 and at most 100.</source>
        <translation>La cible est de {value} % : donnez un pourcentage supérieur à 0 et au plus égal à 100.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/scenario.py" line="112"/>
        <source>The hexagon area is {value} km2: give a positive area, e.g. 1000.</source>
        <translation>La surface des hexagones est de {value} km2 : donnez une surface positive, p. ex. 1000.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/scenario.py" line="127"/>
        <source>The parameter {name} is {value}: give a finite number of 0 or more.</source>
        <translation>Le paramètre {name} vaut {value} : donnez un nombre fini supérieur ou égal à 0.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/scenario.py" line="133"/>
        <source>The lock-in threshold is {value}: give a protected share above 0 and at most 1.</source>
        <translation>Le seuil de verrouillage vaut {value} : donnez une part protégée supérieure à 0 et au plus égale à 1.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/workflow.py" line="294"/>
        <source>Unknown scenario setting(s): {names}. Remove them or check the spelling.</source>
        <translation>Paramètre(s) de scénario inconnu(s) : {names}. Supprimez-les ou vérifiez l'orthographe.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/workflow.py" line="301"/>
        <source>This scenario was written by a newer plugin (schema {version}): update the plugin.</source>
        <translation>Ce scénario a été écrit par une version plus récente de l'extension (schéma {version}) : mettez l'extension à jour.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/workflow.py" line="323"/>
        <source>The scenario file is not valid JSON ({detail}).</source>
        <translation>Le fichier de scénario n'est pas un JSON valide ({detail}).</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/workflow.py" line="327"/>
        <source>The scenario file must hold one JSON object.</source>
        <translation>Le fichier de scénario doit contenir un seul objet JSON.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/solvers/__init__.py" line="60"/>
        <source>No MILP solver is available: install highspy, or SciPy 1.9 or newer.</source>
        <translation>Aucun solveur MILP n'est disponible : installez highspy, ou SciPy 1.9 ou plus récent.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/solvers/__init__.py" line="65"/>
        <source>Unknown solver &apos;{name}&apos;: use one of {choices}.</source>
        <translation>Solveur « {name} » inconnu : utilisez l'un des solveurs {choices}.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/solvers/__init__.py" line="71"/>
        <source>The solver &apos;{name}&apos; is not installed; available: {choices}.</source>
        <translation>Le solveur « {name} » n'est pas installé ; disponibles : {choices}.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/solvers/highs.py" line="104"/>
        <source>HiGHS rejected the model ({status}); check the inputs for huge values.</source>
        <translation>HiGHS a rejeté le modèle ({status}) ; vérifiez que les entrées ne contiennent pas de valeurs énormes.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/solvers/scipy_milp.py" line="79"/>
        <source>The solve was cancelled.</source>
        <translation>La résolution a été annulée.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/solvers/highs.py" line="309"/>
        <source>HiGHS could not solve the model: {reason}</source>
        <translation>HiGHS n'a pas pu résoudre le modèle : {reason}</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/provider.py" line="17"/>
        <source>CMS Connectivity Planner</source>
        <translation>Planificateur de connectivité CMS</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/plugin.py" line="25"/>
        <source>&amp;CMS Connectivity Planner</source>
        <translation>&amp;Planificateur de connectivité CMS</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/plugin.py" line="66"/>
        <source>Plan protected-area networks for migratory species and find TFCA candidates</source>
        <translation>Planifier des réseaux d'aires protégées pour les espèces migratrices et trouver des candidates ACTF</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/run_scenario.py" line="42"/>
        <source>Run scenario (simulate, plan, find TFCA candidates)</source>
        <translation>Exécuter un scénario (simuler, planifier, trouver des candidates ACTF)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/base.py" line="42"/>
        <source>Workflow</source>
        <translation>Flux de travail</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/run_scenario.py" line="49"/>
        <source>Simulates migratory species (breeding, passage and non-breeding ranges) and an existing protected-area network for the chosen countries, builds hexagonal planning units, solves the minimum-set problem exactly with HiGHS (targets per species and season, existing protected areas locked in, boundary penalty), and finds TFCA candidates: clusters of the network that span two or more countries.

Countries: ISO3 codes separated by commas (default: the western European-African flyway). Target: percentage of each species-season range (30 % = GBF Target 3). BLM: boundary penalty in km2 of cost per km of edge; 0 ignores compactness.

Outputs in the folder: cms_connectivity.gpkg (styled layers planning_units, tfca_candidates, protected_areas, species_ranges, countries), targets.csv, scenario.json, summary.json and tfca_map.pdf / .png.</source>
        <translation>Simule des espèces migratrices (aires de reproduction, de passage et d'hivernage) et un réseau d'aires protégées existant pour les pays choisis, construit des unités de planification hexagonales, résout exactement le problème d'ensemble minimal avec HiGHS (cibles par espèce et saison, aires protégées existantes verrouillées, pénalité de bordure) et trouve les candidates ACTF : groupes du réseau qui s'étendent sur deux pays ou plus.

Pays : codes ISO3 séparés par des virgules (par défaut : la voie de migration ouest-européenne-africaine). Cible : pourcentage de l'aire de répartition de chaque espèce et saison (30 % = cible 3 du CMB). BLM : pénalité de bordure en km2 de coût par km de bord ; 0 ignore la compacité.

Sorties dans le dossier : cms_connectivity.gpkg (couches stylisées planning_units, tfca_candidates, protected_areas, species_ranges, countries), targets.csv, scenario.json, summary.json et tfca_map.pdf / .png.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/simulate.py" line="82"/>
        <source>Countries (ISO3 codes, comma separated)</source>
        <translation>Pays (codes ISO3 séparés par des virgules)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/simulate.py" line="97"/>
        <source>Number of simulated species</source>
        <translation>Nombre d'espèces simulées</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/simulate.py" line="108"/>
        <source>Random seed</source>
        <translation>Graine aléatoire</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/run_scenario.py" line="93"/>
        <source>Hexagon area (km2)</source>
        <translation>Surface des hexagones (km2)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/run_scenario.py" line="103"/>
        <source>Target (% of each species-season range)</source>
        <translation>Cible (% de l'aire de répartition de chaque espèce et saison)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/run_scenario.py" line="114"/>
        <source>Boundary length modifier (BLM)</source>
        <translation>Modificateur de longueur de bordure (BLM)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/run_scenario.py" line="124"/>
        <source>Solver time limit (s)</source>
        <translation>Temps maximal du solveur (s)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/run_scenario.py" line="134"/>
        <source>Relative optimality gap</source>
        <translation>Écart d'optimalité relatif</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/simulate.py" line="89"/>
        <source>Country borders (default: QGIS world map)</source>
        <translation>Frontières des pays (par défaut : carte du monde de QGIS)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/workflow.py" line="56"/>
        <source>Output folder</source>
        <translation>Dossier de sortie</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/run_scenario.py" line="157"/>
        <source>GeoPackage</source>
        <translation>GeoPackage</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/qgis_io/layouts.py" line="967"/>
        <source>Planning units</source>
        <translation>Unités de planification</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/qgis_io/export.py" line="213"/>
        <source>TFCA candidates</source>
        <translation>Candidates ACTF</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/run_scenario.py" line="160"/>
        <source>Targets table (CSV)</source>
        <translation>Table des cibles (CSV)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/run_scenario.py" line="161"/>
        <source>Map (PDF)</source>
        <translation>Carte (PDF)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/solve.py" line="99"/>
        <source>Targets met</source>
        <translation>Cibles atteintes</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/run_scenario.py" line="163"/>
        <source>TFCA candidates found</source>
        <translation>Candidates ACTF trouvées</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/solve.py" line="96"/>
        <source>Solver status</source>
        <translation>État du solveur</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/run_scenario.py" line="196"/>
        <source>{met} of {total} targets met; {n} TFCA candidate(s); solver {status}, gap {gap:.2%}.</source>
        <translation>{met} cibles atteintes sur {total} ; {n} candidate(s) ACTF ; solveur {status}, écart {gap:.2%}.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/atomic.py" line="179"/>
        <source>The output folder &apos;{path}&apos; cannot be written ({reason}): choose another folder.</source>
        <translation>Impossible d'écrire dans le dossier de sortie « {path} » ({reason}) : choisissez un autre dossier.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/qgis_io/export.py" line="202"/>
        <source>Writing layer {layer} to {path} failed: {reason}</source>
        <translation>L'écriture de la couche {layer} dans {path} a échoué : {reason}</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/qgis_io/export.py" line="214"/>
        <source>Protected areas</source>
        <translation>Aires protégées</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/qgis_io/export.py" line="215"/>
        <source>Species ranges</source>
        <translation>Aires de répartition des espèces</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/qgis_io/layouts.py" line="948"/>
        <source>Countries</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/qgis_io/export.py" line="418"/>
        <source>Could not reopen layer {layer} from {path}.</source>
        <translation>Impossible de rouvrir la couche {layer} depuis {path}.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/qgis_io/export.py" line="426"/>
        <source>{countries}: {selected:.1f} % of the study area in the network, {met} of {total} species-season targets met, {n} TFCA candidate(s) ({solver}, {status}, gap {gap:.2%}).</source>
        <translation>{countries} : {selected:.1f} % de la zone d'étude dans le réseau, {met} des {total} cibles par espèce et saison atteintes, {n} candidate(s) ACTF ({solver}, {status}, écart {gap:.2%}).</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/qgis_io/export.py" line="441"/>
        <source>Migratory species network and TFCA candidates</source>
        <translation>Réseau pour les espèces migratrices et candidates ACTF</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/qgis_io/layers.py" line="51"/>
        <source>QGIS&apos;s world map ({path}) could not be opened: reinstall QGIS&apos;s data (Debian package qgis-common) or choose a border layer.</source>
        <translation>Impossible d'ouvrir la carte du monde de QGIS ({path}) : réinstallez les données de QGIS (paquet Debian qgis-common) ou choisissez une couche de frontières.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/qgis_io/layouts.py" line="147"/>
        <source>Cannot read image {path}.</source>
        <translation>Impossible de lire l'image {path}.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/qgis_io/layouts.py" line="783"/>
        <source>The overview map has no layers to show.</source>
        <translation>La carte d'ensemble n'a aucune couche à afficher.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/qgis_io/layouts.py" line="549"/>
        <source>Exported on {date}</source>
        <translation>Exporté le {date}</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/qgis_io/layouts.py" line="727"/>
        <source>Cannot export the map: invalid layers: {names}.</source>
        <translation>Impossible d'exporter la carte : couches non valides : {names}.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/qgis_io/layouts.py" line="656"/>
        <source>Legend</source>
        <translation>Légende</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/qgis_io/layouts.py" line="525"/>
        <source>North arrow symbol {name} not found in the QGIS SVG paths.</source>
        <translation>Symbole de flèche du nord {name} introuvable dans les chemins SVG de QGIS.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/qgis_io/layouts.py" line="237"/>
        <source>Cannot export the map: no layer has a coordinate reference system.</source>
        <translation>Impossible d'exporter la carte : aucune couche n'a de système de coordonnées de référence.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/qgis_io/layouts.py" line="269"/>
        <source>Cannot export the map: the layers to zoom to ({names}) have no features.</source>
        <translation>Impossible d'exporter la carte : les couches sur lesquelles zoomer ({names}) n'ont aucune entité.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/qgis_io/layouts.py" line="338"/>
        <source>The exported image {path} is blank.</source>
        <translation>L'image exportée {path} est vide.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/qgis_io/layouts.py" line="360"/>
        <source>QGIS could not export {path} (exporter error {code}).</source>
        <translation>QGIS n'a pas pu exporter {path} (erreur d'export {code}).</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/qgis_io/layouts.py" line="376"/>
        <source>The export to {path} produced an empty file.</source>
        <translation>L'export vers {path} a produit un fichier vide.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/qgis_io/layouts.py" line="416"/>
        <source>The map in the layout rendered blank; check that the layers have features.</source>
        <translation>La carte de la mise en page est rendue vide ; vérifiez que les couches ont des entités.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/qgis_io/styles.py" line="41"/>
        <source>Existing protected (locked in)</source>
        <translation>Aire protégée existante (verrouillée)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/qgis_io/styles.py" line="41"/>
        <source>Selected by the plan</source>
        <translation>Sélectionnée par le plan</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/qgis_io/styles.py" line="41"/>
        <source>Not selected</source>
        <translation>Non sélectionnée</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/qgis_io/styles.py" line="41"/>
        <source>Resident</source>
        <translation>Résident</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/qgis_io/styles.py" line="41"/>
        <source>Breeding</source>
        <translation>Reproduction</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/qgis_io/styles.py" line="41"/>
        <source>Non-breeding</source>
        <translation>Hivernage (non-reproduction)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/qgis_io/styles.py" line="41"/>
        <source>Passage</source>
        <translation>Passage</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/qgis_io/styles.py" line="77"/>
        <source>Style file not found: {path}. Reinstall the plugin.</source>
        <translation>Fichier de style introuvable : {path}. Réinstallez l'extension.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/qgis_io/styles.py" line="85"/>
        <source>Style file {path} is not valid XML (line {line}): {error}</source>
        <translation>Le fichier de style {path} n'est pas un XML valide (ligne {line}) : {error}</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/qgis_io/styles.py" line="92"/>
        <source>Could not apply style {path} to layer &apos;{layer}&apos;: {error}</source>
        <translation>Impossible d'appliquer le style {path} à la couche « {layer} » : {error}</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/qgis_io/styles.py" line="111"/>
        <source>Cannot save style &apos;{name}&apos;: the layer is not a valid vector layer.</source>
        <translation>Impossible d'enregistrer le style « {name} » : la couche n'est pas une couche vecteur valide.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/qgis_io/styles.py" line="118"/>
        <source>Cannot save style &apos;{name}&apos; in &apos;{source}&apos;: it is not a GeoPackage.</source>
        <translation>Impossible d'enregistrer le style « {name} » dans « {source} » : ce n'est pas un GeoPackage.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/qgis_io/styles.py" line="125"/>
        <source>CMS Connectivity Planner style</source>
        <translation>Style Planificateur de connectivité CMS</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/qgis_io/styles.py" line="128"/>
        <source>Could not save style &apos;{name}&apos; in {source}: {error}</source>
        <translation>Impossible d'enregistrer le style « {name} » dans {source} : {error}</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/calibration.py" line="47"/>
        <source>Calibrating the BLM needs boundary data: add the boundary table to the problem.</source>
        <translation>Le calibrage du BLM nécessite les données de bordure : ajoutez la table des bordures au problème.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/calibration.py" line="93"/>
        <source>Give at least one BLM for the trade-off curve.</source>
        <translation>Donnez au moins un BLM pour la courbe de compromis.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/calibration.py" line="96"/>
        <source>The BLM {value} is not valid: every BLM must be a finite number of 0 or more.</source>
        <translation>Le BLM {value} n'est pas valide : chaque BLM doit être un nombre fini supérieur ou égal à 0.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/calibration.py" line="156"/>
        <source>The cost cap has {count} costs for {n} planning units.</source>
        <translation>Le plafond de coût compte {count} coûts pour {n} unités de planification.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/calibration.py" line="278"/>
        <source>Cohon&apos;s BLM weighs cost against boundary, so it needs the minimum-set objective, not {objective}; draw the trade-off curve instead.</source>
        <translation>Le BLM de Cohon met en balance le coût et la bordure ; il nécessite donc l'objectif d'ensemble minimal, et non {objective} : tracez plutôt la courbe de compromis.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/calibration.py" line="284"/>
        <source>Cohon&apos;s BLM</source>
        <translation>Le BLM de Cohon</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/calibration.py" line="315"/>
        <source>The cheapest selection already has the shortest boundary ({boundary:.6g}), so cost and boundary do not conflict: every BLM gives the same result; BLM 0 is returned.</source>
        <translation>La sélection la moins coûteuse a déjà la bordure la plus courte ({boundary:.6g}) : coût et bordure ne s'opposent pas, tous les BLM donnent le même résultat ; le BLM 0 est renvoyé.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/calibration.py" line="383"/>
        <source>There are no trade-off points to plot: solve at least one BLM.</source>
        <translation>Aucun point de compromis à tracer : résolvez au moins un BLM.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/calibration.py" line="386"/>
        <source>The folder {folder} does not exist: choose an existing folder for the plot.</source>
        <translation>Le dossier {folder} n'existe pas : choisissez un dossier existant pour le graphique.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/calibration.py" line="414"/>
        <source>BLM {values}</source>
        <translation>BLM {values}</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/calibration.py" line="416"/>
        <source>BLM {low:g} to {high:g} ({count} values)</source>
        <translation>BLM de {low:g} à {high:g} ({count} valeurs)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/calibration.py" line="435"/>
        <source>chosen BLM {value:g}</source>
        <translation>BLM retenu {value:g}</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/calibration.py" line="452"/>
        <source>Boundary length</source>
        <translation>Longueur de bordure</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/calibration.py" line="453"/>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/calibration.py" line="454"/>
        <source>Cost against boundary length by BLM</source>
        <translation>Coût en fonction de la longueur de bordure, par BLM</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/conefor.py" line="145"/>
        <source>The option {option} needs a number, not &apos;{value}&apos;.</source>
        <translation>L'option {option} attend un nombre, pas « {value} ».</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/conefor.py" line="151"/>
        <source>The option {option} needs a finite number, not &apos;{value}&apos;.</source>
        <translation>L'option {option} attend un nombre fini, pas « {value} ».</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/conefor.py" line="168"/>
        <source>The option {option} needs a value.</source>
        <translation>L'option {option} attend une valeur.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/conefor.py" line="184"/>
        <source>-t must be followed by dist or prob (got &apos;{value}&apos;); links files (-t links) are not supported.</source>
        <translation>-t doit être suivi de dist ou prob (reçu « {value} ») ; les fichiers de liens (-t links) ne sont pas pris en charge.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/conefor.py" line="220"/>
        <source>The Conefor option {option} ({what}) is not supported by this drop-in: remove it (node importance, PC, IIC and their fractions are supported).</source>
        <translation>L'option Conefor {option} ({what}) n'est pas prise en charge par ce remplaçant : retirez-la (l'importance des nœuds, PC, IIC et leurs fractions sont prises en charge).</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/conefor.py" line="230"/>
        <source>Unknown Conefor option &apos;{option}&apos;. {usage}</source>
        <translation>Option Conefor inconnue « {option} ». {usage}</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/conefor.py" line="243"/>
        <source>Both -nodeFile and -conFile are required. {usage}</source>
        <translation>-nodeFile et -conFile sont tous deux obligatoires. {usage}</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/conefor.py" line="247"/>
        <source>No index was asked for: add -PC and/or -IIC (or -F, -AWF, -NC, -NL, -H, -CCP, -LCP).</source>
        <translation>Aucun indice n'a été demandé : ajoutez -PC et/ou -IIC (ou -F, -AWF, -NC, -NL, -H, -CCP, -LCP).</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/conefor.py" line="256"/>
        <source>The probabilistic indices ({indices}) on a distance file need -confProb DISTANCE PROBABILITY, e.g. -confProb 10000 0.5.</source>
        <translation>Les indices probabilistes ({indices}) sur un fichier de distances nécessitent -confProb DISTANCE PROBABILITÉ, p. ex. -confProb 10000 0.5.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/conefor.py" line="263"/>
        <source>The binary indices ({indices}) need -confAdj THRESHOLD: the longest distance (or smallest probability) at which two nodes are linked.</source>
        <translation>Les indices binaires ({indices}) nécessitent -confAdj SEUIL : la plus grande distance (ou la plus petite probabilité) à laquelle deux nœuds sont reliés.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/conefor.py" line="272"/>
        <source>-confProb needs a positive distance and a probability between 0 and 1 (got {d:g} {p:g}).</source>
        <translation>-confProb nécessite une distance positive et une probabilité comprise entre 0 et 1 (reçu {d:g} {p:g}).</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/conefor.py" line="286"/>
        <source>-add reports node importance: remove onlyoverall to use it.</source>
        <translation>-add indique l'importance des nœuds : retirez onlyoverall pour l'utiliser.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/conefor.py" line="298"/>
        <source>The {what} &apos;{path}&apos; does not exist: check the path.</source>
        <translation>Le {what} « {path} » n'existe pas : vérifiez le chemin.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/conefor.py" line="325"/>
        <source>node file</source>
        <translation>fichier de nœuds</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/conefor.py" line="327"/>
        <source>Line {line} of the node file &apos;{path}&apos; has {n} column(s): write &apos;id attribute&apos;{extra} separated by tabs or spaces.</source>
        <translation>La ligne {line} du fichier de nœuds « {path} » a {n} colonne(s) : écrivez « id attribut »{extra} séparés par des tabulations ou des espaces.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/conefor.py" line="357"/>
        <source>Line {line} of the node file &apos;{path}&apos;: with -add the third column must be 1 (existing node) or 0 (candidate), not &apos;{value}&apos;.</source>
        <translation>Ligne {line} du fichier de nœuds « {path} » : avec -add, la troisième colonne doit valoir 1 (nœud existant) ou 0 (candidat), pas « {value} ».</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/conefor.py" line="367"/>
        <source>The node file &apos;{path}&apos; lists no node: write one &apos;id attribute&apos; per line.</source>
        <translation>Le fichier de nœuds « {path} » ne contient aucun nœud : écrivez un « id attribut » par ligne.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/conefor.py" line="391"/>
        <source>connection file</source>
        <translation>fichier de connexions</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/conefor.py" line="401"/>
        <source>Line {line} of the connection file &apos;{path}&apos; has {n} column(s): write &apos;id1 id2 {what}&apos;.</source>
        <translation>La ligne {line} du fichier de connexions « {path} » a {n} colonne(s) : écrivez « id1 id2 {what} ».</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/conefor.py" line="409"/>
        <source>Line {line} of the connection file &apos;{path}&apos; names node {id}, which is not in the node file: add the node or fix the id.</source>
        <translation>La ligne {line} du fichier de connexions « {path} » cite le nœud {id}, absent du fichier de nœuds : ajoutez le nœud ou corrigez l'identifiant.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/conefor.py" line="421"/>
        <source>Line {line} of the connection file &apos;{path}&apos;: &apos;{value}&apos; is not a valid {what}.</source>
        <translation>Ligne {line} du fichier de connexions « {path} » : « {value} » n'est pas une valeur valide de {what}.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/conefor.py" line="466"/>
        <source>distance (0 or more)</source>
        <translation>distance (0 ou plus)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/conefor.py" line="466"/>
        <source>probability (0 to 1)</source>
        <translation>probabilité (0 à 1)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/conefor.py" line="623"/>
        <source>&apos;all&apos; was given but the connection file lists {listed} of the {expected} pairs; the missing pairs are treated as not connected (as with notall).</source>
        <translation>« all » a été indiqué mais le fichier de connexions ne liste que {listed} des {expected} paires ; les paires manquantes sont considérées comme non connectées (comme avec notall).</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/conefor.py" line="826"/>
        <source>-*: the node file &apos;{node}&apos; has no connection file &apos;{con}&apos;: name both files with the same suffix.</source>
        <translation>-* : le fichier de nœuds « {node} » n'a pas de fichier de connexions « {con} » : nommez les deux fichiers avec le même suffixe.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/conefor.py" line="837"/>
        <source>-*: no node file starts with &apos;{prefix}&apos; in &apos;{folder}&apos;.</source>
        <translation>-* : aucun fichier de nœuds ne commence par « {prefix} » dans « {folder} ».</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/corridors.py" line="127"/>
        <source>The resistance raster &apos;{raster}&apos; has no coordinate reference system: assign one (Raster &gt; Projections &gt; Assign Projection).</source>
        <translation>Le raster de résistance « {raster} » n'a pas de système de coordonnées de référence : attribuez-lui-en un (Raster &gt; Projections &gt; Assigner une projection).</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/corridors.py" line="137"/>
        <source>The resistance raster &apos;{raster}&apos; is in a geographic CRS ({crs}, degrees), so cost distances would mix degrees and metres: warp it to a projected CRS in metres (Raster &gt; Projections &gt; Warp), e.g. the UTM zone or a Lambert azimuthal equal-area CRS of the study area.</source>
        <translation>Le raster de résistance « {raster} » est dans un CRS géographique ({crs}, en degrés) : les distances de coût mélangeraient degrés et mètres. Reprojetez-le dans un CRS projeté en mètres (Raster &gt; Projections &gt; Projection (warp)), p. ex. la zone UTM ou un CRS Lambert azimutal équivalent de la zone d'étude.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/corridors.py" line="165"/>
        <source>The resistance raster &apos;{raster}&apos; is not a 2-D grid: choose a single band.</source>
        <translation>Le raster de résistance « {raster} » n'est pas une grille 2D : choisissez une seule bande.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/corridors.py" line="173"/>
        <source>The resistance raster &apos;{raster}&apos; is rotated: warp it to a north-up grid (Raster &gt; Projections &gt; Warp) and choose the result.</source>
        <translation>Le raster de résistance « {raster} » est pivoté : reprojetez-le sur une grille orientée au nord (Raster &gt; Projections &gt; Projection (warp)) et choisissez le résultat.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/corridors.py" line="180"/>
        <source>The resistance raster &apos;{raster}&apos; has a cell size of 0: fix its georeferencing.</source>
        <translation>Le raster de résistance « {raster} » a une taille de cellule nulle : corrigez son géoréférencement.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/corridors.py" line="190"/>
        <source>The resistance raster &apos;{raster}&apos; has no valid cell (all nodata): choose another raster or band, or fix its nodata value.</source>
        <translation>Le raster de résistance « {raster} » n'a aucune cellule valide (tout est nodata) : choisissez un autre raster ou une autre bande, ou corrigez sa valeur nodata.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/corridors.py" line="198"/>
        <source>The resistance raster &apos;{raster}&apos; has {n} cell(s) with a resistance of 0 or less (lowest {low:g}): resistances must be greater than 0; reclassify those cells (e.g. to 1) or set them to nodata to make them impassable.</source>
        <translation>Le raster de résistance « {raster} » a {n} cellule(s) de résistance inférieure ou égale à 0 (minimum {low:g}) : les résistances doivent être supérieures à 0 ; reclassez ces cellules (p. ex. à 1) ou mettez-les en nodata pour les rendre infranchissables.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/corridors.py" line="250"/>
        <source>The resistance raster &apos;{raster}&apos; could not be opened ({reason}): choose a GeoTIFF or another raster file that GDAL reads.</source>
        <translation>Impossible d'ouvrir le raster de résistance « {raster} » ({reason}) : choisissez un GeoTIFF ou un autre fichier raster lisible par GDAL.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/costs.py" line="199"/>
        <source>unknown format</source>
        <translation>format inconnu</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/corridors.py" line="260"/>
        <source>The resistance raster &apos;{raster}&apos; has no band {band}: choose a band from 1 to {n}.</source>
        <translation>Le raster de résistance « {raster} » n'a pas de bande {band} : choisissez une bande de 1 à {n}.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/corridors.py" line="325"/>
        <source>The raster &apos;{path}&apos; could not be written: choose a writable file name.</source>
        <translation>Impossible d'écrire le raster « {path} » : choisissez un nom de fichier accessible en écriture.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/corridors.py" line="376"/>
        <source>Core area(s) {ids} of &apos;{layer}&apos; lie outside the resistance raster &apos;{raster}&apos;: use a raster that covers every core, or leave those cores out.</source>
        <translation>Zone(s) noyau {ids} de « {layer} » hors du raster de résistance « {raster} » : utilisez un raster qui couvre toutes les zones noyaux, ou excluez ces zones.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/corridors.py" line="390"/>
        <source>Core area(s) {ids} of &apos;{layer}&apos; cover only nodata cells of the resistance raster &apos;{raster}&apos;: give those cells a resistance, or leave those cores out.</source>
        <translation>Zone(s) noyau {ids} de « {layer} » ne couvrant que des cellules nodata du raster de résistance « {raster} » : donnez une résistance à ces cellules, ou excluez ces zones.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/corridors.py" line="564"/>
        <source>The current-flow solve did not converge ({n} unknowns): restrict current flow to the corridors, or coarsen the resistance raster.</source>
        <translation>Le calcul du flux de courant n'a pas convergé ({n} inconnues) : limitez le flux de courant aux corridors, ou rendez le raster de résistance plus grossier.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/corridors.py" line="763"/>
        <source>Unknown averaging &apos;{value}&apos;: use one of {values}.</source>
        <translation>Moyenne « {value} » inconnue : utilisez l'une des valeurs {values}.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/corridors.py" line="605"/>
        <source>Current flow needs source and ground cells with a valid resistance: check that both cores lie on valid cells of the resistance raster.</source>
        <translation>Le flux de courant nécessite des cellules source et de masse de résistance valide : vérifiez que les deux zones noyaux se trouvent sur des cellules valides du raster de résistance.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/corridors.py" line="685"/>
        <source>The {what} must be a number greater than 0 (got {value}).</source>
        <translation>Le paramètre « {what} » doit être un nombre supérieur à 0 (reçu {value}).</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/corridors.py" line="753"/>
        <source>corridor width (cost units)</source>
        <translation>largeur du corridor (unités de coût)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/corridors.py" line="754"/>
        <source>maximum distance between cores</source>
        <translation>distance maximale entre zones noyaux</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/corridors.py" line="755"/>
        <source>maximum cost distance</source>
        <translation>distance de coût maximale</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/corridors.py" line="757"/>
        <source>The number of nearest cores to link must be 1 or more (got {value}).</source>
        <translation>Le nombre de zones noyaux les plus proches à relier doit être supérieur ou égal à 1 (reçu {value}).</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/vector.py" line="80"/>
        <source>The layer &apos;{layer}&apos; has no coordinate reference system: set one in its properties (Layer &gt; Set CRS).</source>
        <translation>La couche « {layer} » n'a pas de système de coordonnées de référence : définissez-en un dans ses propriétés (Couche &gt; Définir le CRS de la couche).</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/corridors.py" line="779"/>
        <source>Core area(s) {ids} of &apos;{layer}&apos; have no geometry: fix or delete those features.</source>
        <translation>Zone(s) noyau {ids} de « {layer} » sans géométrie : corrigez ou supprimez ces entités.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/corridors.py" line="785"/>
        <source>The layer &apos;{layer}&apos; has {n} core area(s): corridors need at least two.</source>
        <translation>La couche « {layer} » contient {n} zone(s) noyau : les corridors en nécessitent au moins deux.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/corridors.py" line="796"/>
        <source>No two cores of &apos;{layer}&apos; are within the maximum distance ({distance:g} map units): increase the maximum distance, or leave it empty.</source>
        <translation>Aucune paire de zones noyaux de « {layer} » n'est à moins de la distance maximale ({distance:g} unités de carte) : augmentez la distance maximale ou laissez-la vide.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/corridors.py" line="815"/>
        <source>Corridors cancelled.</source>
        <translation>Corridors annulés.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/corridors.py" line="864"/>
        <source>resistance x map units</source>
        <translation>résistance x unités de carte</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/flyway.py" line="131"/>
        <source>The role &apos;{role}&apos; is unknown: use one of {roles}.</source>
        <translation>Le rôle « {role} » est inconnu : utilisez l'un des rôles {roles}.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/flyway.py" line="142"/>
        <source>The field &apos;{field}&apos; of &apos;{layer}&apos; has values that are not a site role: {values}. Use breeding, stopover (or passage) and non-breeding (or wintering), or IUCN codes 2, 4, 3.</source>
        <translation>Le champ « {field} » de « {layer} » contient des valeurs qui ne sont pas des rôles de site : {values}. Utilisez breeding (reproduction), stopover (ou passage, halte) et non-breeding (ou wintering, hivernage), ou les codes UICN 2, 4, 3.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/flyway.py" line="182"/>
        <source>The columns &apos;{lon}&apos; / &apos;{lat}&apos; of &apos;{layer}&apos; are not valid longitudes / latitudes in degrees for site(s) {ids}: fix those values.</source>
        <translation>Les colonnes « {lon} » / « {lat} » de « {layer} » ne sont pas des longitudes / latitudes valides en degrés pour le(s) site(s) {ids} : corrigez ces valeurs.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/units.py" line="56"/>
        <source>The layer &apos;{layer}&apos; has no field &apos;{field}&apos;: choose one of {fields}.</source>
        <translation>La couche « {layer} » n'a pas de champ « {field} » : choisissez l'un des champs {fields}.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/flyway.py" line="251"/>
        <source>Site(s) {ids} of &apos;{layer}&apos; have no geometry: fix or delete those features.</source>
        <translation>Site(s) {ids} de « {layer} » sans géométrie : corrigez ou supprimez ces entités.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/flyway.py" line="258"/>
        <source>The layer &apos;{layer}&apos; has line geometries: flyway sites must be points or polygons.</source>
        <translation>La couche « {layer} » a des géométries linéaires : les sites d'une voie de migration doivent être des points ou des polygones.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/flyway.py" line="267"/>
        <source>The id field &apos;{field}&apos; of &apos;{layer}&apos; has duplicates: choose a field with one value per site.</source>
        <translation>Le champ d'identifiant « {field} » de « {layer} » contient des doublons : choisissez un champ avec une valeur par site.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/flyway.py" line="282"/>
        <source>The weight field &apos;{field}&apos; of &apos;{layer}&apos; is empty, negative or not a number for site(s) {ids}: fill it with counts (e.g. birds) or leave it empty.</source>
        <translation>Le champ de poids « {field} » de « {layer} » est vide, négatif ou non numérique pour le(s) site(s) {ids} : remplissez-le avec des effectifs (p. ex. d'oiseaux) ou laissez-le vide.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/flyway.py" line="416"/>
        <source>The maximum hop distance must be greater than 0 km (got {value}).</source>
        <translation>La distance de saut maximale doit être supérieure à 0 km (reçu {value}).</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/flyway.py" line="422"/>
        <source>Unknown distance &apos;{value}&apos;: use one of {values}.</source>
        <translation>Distance « {value} » inconnue : utilisez l'une des valeurs {values}.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/flyway.py" line="428"/>
        <source>The minimum progress per hop must be 0 km or more (got {value}).</source>
        <translation>La progression minimale par saut doit être supérieure ou égale à 0 km (reçu {value}).</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/tracks.py" line="468"/>
        <source>breeding</source>
        <translation>reproduction</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/tracks.py" line="468"/>
        <source>non-breeding</source>
        <translation>hivernage (non-reproduction)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/flyway.py" line="437"/>
        <source>&apos;{layer}&apos; has no {role} site: a flyway network needs breeding and non-breeding sites (check the role field).</source>
        <translation>« {layer} » n'a aucun site « {role} » : un réseau de voie de migration nécessite des sites de reproduction et d'hivernage (vérifiez le champ de rôle).</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/flyway.py" line="452"/>
        <source>The breeding and non-breeding sites of &apos;{layer}&apos; have the same centre, so there is no migration direction: check the role field.</source>
        <translation>Les sites de reproduction et d'hivernage de « {layer} » ont le même centre : il n'y a pas de direction de migration. Vérifiez le champ de rôle.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/flyway.py" line="677"/>
        <source>The protected share must be between 0 and 1 (got {value}).</source>
        <translation>La part protégée doit être comprise entre 0 et 1 (reçu {value}).</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/flyway.py" line="709"/>
        <source>The protected-area layer has no coordinate reference system: set one in its properties (Layer &gt; Set CRS).</source>
        <translation>La couche d'aires protégées n'a pas de système de coordonnées de référence : définissez-en un dans ses propriétés (Couche &gt; Définir le CRS de la couche).</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/graph.py" line="80"/>
        <source>The distance type &apos;{value}&apos; is unknown: use one of {types}.</source>
        <translation>Le type de distance « {value} » est inconnu : utilisez l'un des types {types}.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/graph.py" line="86"/>
        <source>The dispersal kernel &apos;{value}&apos; is unknown: use &apos;exponential&apos;.</source>
        <translation>Le noyau de dispersion « {value} » est inconnu : utilisez « exponential ».</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/graph.py" line="92"/>
        <source>The median dispersal distance must be a positive number (got {value}): give the distance at which half of the dispersers arrive, e.g. 10 km.</source>
        <translation>La distance de dispersion médiane doit être un nombre positif (reçu {value}) : donnez la distance à laquelle la moitié des individus dispersants arrivent, p. ex. 10 km.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/graph.py" line="99"/>
        <source>The dispersal probability at the median distance must be between 0 and 1, exclusive (got {value}): use 0.5 for a median dispersal distance.</source>
        <translation>La probabilité de dispersion à la distance médiane doit être strictement comprise entre 0 et 1 (reçu {value}) : utilisez 0.5 pour une distance de dispersion médiane.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/graph.py" line="106"/>
        <source>The link pruning threshold pij_min must be in [0, 1) (got {value}): use 0.001, or 0 to keep every link.</source>
        <translation>Le seuil d'élagage des liens pij_min doit être dans [0, 1) (reçu {value}) : utilisez 0.001, ou 0 pour garder tous les liens.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/graph.py" line="113"/>
        <source>The link cut-off distance must be 0 or more (got {value}).</source>
        <translation>La distance de coupure des liens doit être supérieure ou égale à 0 (reçu {value}).</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/graph.py" line="119"/>
        <source>The IIC link distance must be 0 or more (got {value}).</source>
        <translation>La distance de lien de l'IIC doit être supérieure ou égale à 0 (reçu {value}).</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/graph.py" line="241"/>
        <source>The graph was built with links up to {built:g} but the parameters need links up to {needed:g}: rebuild it with the larger cut-off.</source>
        <translation>Le graphe a été construit avec des liens jusqu'à {built:g}, mais les paramètres demandent des liens jusqu'à {needed:g} : reconstruisez-le avec la coupure la plus grande.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/graph.py" line="287"/>
        <source>The layer &apos;{layer}&apos; has {n} site(s) without geometry (feature ids {ids}): remove them or repair their geometry.</source>
        <translation>La couche « {layer} » contient {n} site(s) sans géométrie (identifiants d'entité {ids}) : supprimez-les ou réparez leur géométrie.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/graph.py" line="325"/>
        <source>Without a cut-off every pair of the {n} sites would be a link ({pairs:,} pairs): give a cut-off distance or a pruning threshold pij_min above 0 (0.001 is usual).</source>
        <translation>Sans distance de coupure, chaque paire des {n} sites serait un lien ({pairs:,} paires) : donnez une distance de coupure ou un seuil d'élagage pij_min supérieur à 0 (0.001 est courant).</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/graph.py" line="360"/>
        <source>A distance table is needed for the distance type &apos;table&apos;: give the table, or choose edge-to-edge or centroid distances.</source>
        <translation>Une table de distances est nécessaire pour le type de distance « table » : fournissez la table, ou choisissez des distances bord à bord ou entre centroïdes.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/graph.py" line="367"/>
        <source>The layer &apos;{layer}&apos; has no sites: choose a layer with polygons.</source>
        <translation>La couche « {layer} » ne contient aucun site : choisissez une couche de polygones.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/graph.py" line="439"/>
        <source>The attribute &apos;{field}&apos; of layer &apos;{layer}&apos; is missing, not a number or negative for {n} site(s) (feature ids {ids}): fill in values of 0 or more, or use the area.</source>
        <translation>L'attribut « {field} » de la couche « {layer} » est manquant, non numérique ou négatif pour {n} site(s) (identifiants d'entité {ids}) : saisissez des valeurs supérieures ou égales à 0, ou utilisez la surface.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/graph.py" line="470"/>
        <source>The node id {id} appears twice in {source}: give each node one id.</source>
        <translation>L'identifiant de nœud {id} apparaît deux fois dans {source} : donnez un seul identifiant à chaque nœud.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/graph.py" line="480"/>
        <source>Line {line} of {source} names node {id}, which is not among the nodes: fix the id or add the node.</source>
        <translation>La ligne {line} de {source} cite le nœud {id}, qui ne fait pas partie des nœuds : corrigez l'identifiant ou ajoutez le nœud.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/graph.py" line="491"/>
        <source>Line {line} of {source} has the distance &apos;{value}&apos;: distances must be numbers of 0 or more.</source>
        <translation>La ligne {line} de {source} a la distance « {value} » : les distances doivent être des nombres supérieurs ou égaux à 0.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/indices.py" line="165"/>
        <source>Node attributes must be numbers of 0 or more.</source>
        <translation>Les attributs des nœuds doivent être des nombres supérieurs ou égaux à 0.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/indices.py" line="171"/>
        <source>A link names a node that does not exist.</source>
        <translation>Un lien cite un nœud qui n'existe pas.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/indices.py" line="173"/>
        <source>Link probabilities must be between 0 and 1.</source>
        <translation>Les probabilités des liens doivent être comprises entre 0 et 1.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/indices.py" line="194"/>
        <source>The connectivity index &apos;{value}&apos; is unknown: use PC or IIC.</source>
        <translation>L'indice de connectivité « {value} » est inconnu : utilisez PC ou IIC.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/indices.py" line="478"/>
        <source>The landscape area must be a positive number (got {value}).</source>
        <translation>La surface du paysage doit être un nombre positif (reçu {value}).</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/indices.py" line="639"/>
        <source>The method &apos;{value}&apos; is unknown: use one of {methods}.</source>
        <translation>La méthode « {value} » est inconnue : utilisez l'une des méthodes {methods}.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/protconn.py" line="464"/>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/indices.py" line="1417"/>
        <source>The existing-node mask must have one value per node.</source>
        <translation>Le masque des nœuds existants doit avoir une valeur par nœud.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/qgis_io/sinks.py" line="45"/>
        <source>polygons</source>
        <translation>polygones</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/indices.py" line="1571"/>
        <source>connectivity</source>
        <translation>connectivité</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/indices.py" line="1577"/>
        <source>The layer &apos;{layer}&apos; has no field &apos;{field}&apos; (its fields: {fields}): choose a numeric field or leave it empty to use the area.</source>
        <translation>La couche « {layer} » n'a pas de champ « {field} » (ses champs : {fields}) : choisissez un champ numérique ou laissez vide pour utiliser la surface.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/protconn.py" line="152"/>
        <source>No dispersal distance was given: give at least one, e.g. 1, 10, 100 km.</source>
        <translation>Aucune distance de dispersion n'a été indiquée : donnez-en au moins une, p. ex. 1, 10, 100 km.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/protconn.py" line="164"/>
        <source>ProtConn needs edge-to-edge or centroid distances (got &apos;{value}&apos;).</source>
        <translation>ProtConn nécessite des distances bord à bord ou entre centroïdes (reçu « {value} »).</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/protconn.py" line="170"/>
        <source>The transboundary buffer must be 0 km or more (got {value}).</source>
        <translation>La zone tampon transfrontalière doit être supérieure ou égale à 0 km (reçu {value}).</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/protconn.py" line="1086"/>
        <source>{code}: {n} part(s) farther than {km:g} km from the mainland (overseas territories) were left out of the country&apos;s area.</source>
        <translation>{code} : {n} partie(s) situées à plus de {km:g} km du territoire principal (territoires d'outre-mer) ont été exclues de la superficie du pays.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/protconn.py" line="1093"/>
        <source>{code}: no protected area inside the country; ProtConn is 0.</source>
        <translation>{code} : aucune aire protégée dans le pays ; ProtConn vaut 0.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/costs.py" line="73"/>
        <source>Unknown cost type &apos;{kind}&apos;: use one of {kinds}.</source>
        <translation>Type de coût « {kind} » inconnu : utilisez l'un des types {kinds}.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/costs.py" line="79"/>
        <source>A cost from a field needs the field&apos;s name: choose a field.</source>
        <translation>Un coût tiré d'un champ nécessite le nom du champ : choisissez un champ.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/costs.py" line="81"/>
        <source>A cost from a raster needs the raster: choose a raster file.</source>
        <translation>Un coût tiré d'un raster nécessite le raster : choisissez un fichier raster.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/costs.py" line="83"/>
        <source>Unknown rule &apos;{rule}&apos; for units without cost: use one of {rules}.</source>
        <translation>Règle « {rule} » inconnue pour les unités sans coût : utilisez l'une des règles {rules}.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/costs.py" line="102"/>
        <source>The cost field &apos;{field}&apos; of &apos;{layer}&apos; is empty (NULL) for unit(s) {ids}: fill these values or choose another cost.</source>
        <translation>Le champ de coût « {field} » de « {layer} » est vide (NULL) pour la ou les unités {ids} : remplissez ces valeurs ou choisissez un autre coût.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/costs.py" line="116"/>
        <source>The cost field &apos;{field}&apos; of &apos;{layer}&apos; is not a finite number for unit(s) {ids}: fix these values or choose a numeric field.</source>
        <translation>Le champ de coût « {field} » de « {layer} » n'est pas un nombre fini pour la ou les unités {ids} : corrigez ces valeurs ou choisissez un champ numérique.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/costs.py" line="124"/>
        <source>The cost field &apos;{field}&apos; of &apos;{layer}&apos; is negative for unit(s) {ids}: costs must be zero or more; fix these values.</source>
        <translation>Le champ de coût « {field} » de « {layer} » est négatif pour la ou les unités {ids} : les coûts doivent être positifs ou nuls ; corrigez ces valeurs.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/costs.py" line="162"/>
        <source>The cost raster &apos;{raster}&apos; could not be read (rows {row}..{last}): check that the file is complete and readable.</source>
        <translation>Le raster de coût « {raster} » n'a pas pu être lu (lignes {row}..{last}) : vérifiez que le fichier est complet et lisible.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/costs.py" line="199"/>
        <source>The cost raster &apos;{raster}&apos; could not be opened ({reason}): choose a GeoTIFF or another raster file that GDAL reads.</source>
        <translation>Impossible d'ouvrir le raster de coût « {raster} » ({reason}) : choisissez un GeoTIFF ou un autre fichier raster lisible par GDAL.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/costs.py" line="206"/>
        <source>The cost raster &apos;{raster}&apos; has no band {band}: choose a band from 1 to {n}.</source>
        <translation>Le raster de coût « {raster} » n'a pas de bande {band} : choisissez une bande de 1 à {n}.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/costs.py" line="213"/>
        <source>The cost raster &apos;{raster}&apos; has no coordinate reference system: assign one (Raster &gt; Projections &gt; Assign Projection).</source>
        <translation>Le raster de coût « {raster} » n'a pas de système de coordonnées de référence : attribuez-lui-en un (Raster &gt; Projections &gt; Assigner une projection).</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/costs.py" line="221"/>
        <source>The cost raster &apos;{raster}&apos; is rotated: warp it to a north-up grid (Raster &gt; Projections &gt; Warp) and choose the result.</source>
        <translation>Le raster de coût « {raster} » est pivoté : reprojetez-le sur une grille orientée au nord (Raster &gt; Projections &gt; Projection (warp)) et choisissez le résultat.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/costs.py" line="371"/>
        <source>The cost raster &apos;{raster}&apos; (extent {raster_extent}) does not overlap the planning units (extent {units_extent}, both in the raster&apos;s CRS): choose a raster that covers the study area, or check the raster&apos;s CRS.</source>
        <translation>Le raster de coût « {raster} » (emprise {raster_extent}) ne recouvre pas les unités de planification (emprise {units_extent}, toutes deux dans le CRS du raster) : choisissez un raster qui couvre la zone d'étude, ou vérifiez le CRS du raster.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/costs.py" line="400"/>
        <source>{n} planning unit(s) have no valid cell in the cost raster &apos;{raster}&apos; (units {ids}): use a raster that covers the whole study area without nodata there, or give such units the mean cost.</source>
        <translation>{n} unité(s) de planification n'ont aucune cellule valide dans le raster de coût « {raster} » (unités {ids}) : utilisez un raster qui couvre toute la zone d'étude sans nodata, ou attribuez à ces unités le coût moyen.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/costs.py" line="409"/>
        <source>The cost raster &apos;{raster}&apos; gives negative costs for unit(s) {ids}: costs must be zero or more; rescale the raster.</source>
        <translation>Le raster de coût « {raster} » donne des coûts négatifs pour la ou les unités {ids} : les coûts doivent être positifs ou nuls ; remettez le raster à l'échelle.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/costs.py" line="446"/>
        <source>A cost from the field &apos;{field}&apos; needs planning units from a layer: choose the layer grid type, or another cost.</source>
        <translation>Un coût tiré du champ « {field} » nécessite des unités de planification issues d'une couche : choisissez le type de grille « couche », ou un autre coût.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/crs.py" line="220"/>
        <source>The CRS {crs} is geographic (degrees), so areas and distances for {purpose} would be wrong: choose a projected equal-area CRS, or leave it empty to use Lambert azimuthal equal-area centred on the study area.</source>
        <translation>Le CRS {crs} est géographique (en degrés) : les surfaces et distances calculées pour « {purpose} » seraient fausses. Choisissez un CRS projeté équivalent (à surfaces égales), ou laissez vide pour utiliser une projection azimutale équivalente de Lambert centrée sur la zone d'étude.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/evaluate.py" line="103"/>
        <source>There are {count} species labels for {m} features; give the species of every feature.</source>
        <translation>Il y a {count} étiquettes d'espèce pour {m} éléments : donnez l'espèce de chaque élément.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/evaluate.py" line="171"/>
        <source>There are {count} country codes for {n} planning units; give one per unit.</source>
        <translation>Il y a {count} codes de pays pour {n} unités de planification : donnez-en un par unité.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/evaluate.py" line="178"/>
        <source>There are {count} unit areas for {n} planning units; give one finite area each.</source>
        <translation>Il y a {count} surfaces d'unité pour {n} unités de planification : donnez une surface finie pour chacune.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/evaluate.py" line="219"/>
        <source>This measure needs the boundary table: give one or add it to the problem.</source>
        <translation>Cette mesure nécessite la table des bordures : fournissez-en une ou ajoutez-la au problème.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/evaluate.py" line="223"/>
        <source>The boundary data covers {count} planning units but there are {n}.</source>
        <translation>Les données de bordure couvrent {count} unités de planification, mais il y en a {n}.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/evaluate.py" line="271"/>
        <source>There are {count} unit areas for {n} planning units; give one per unit.</source>
        <translation>Il y a {count} surfaces d'unité pour {n} unités de planification : donnez-en une par unité.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/tables.py" line="89"/>
        <source>{file} line {line}, column &apos;{column}&apos;: &apos;{value}&apos; is not a finite number; give a number with &apos;.&apos; as decimal separator.</source>
        <translation>{file} ligne {line}, colonne « {column} » : « {value} » n'est pas un nombre fini ; donnez un nombre avec « . » comme séparateur décimal.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/tables.py" line="103"/>
        <source>{file} line {line}, column &apos;{column}&apos;: &apos;{value}&apos; is not a whole number; Marxan ids are integers.</source>
        <translation>{file} ligne {line}, colonne « {column} » : « {value} » n'est pas un nombre entier ; les identifiants Marxan sont des entiers.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/tables.py" line="116"/>
        <source>{file} line {line}: the column &apos;{column}&apos; is missing (columns found: {found}); add it to the header line.</source>
        <translation>{file} ligne {line} : la colonne « {column} » est absente (colonnes trouvées : {found}) ; ajoutez-la à la ligne d'en-tête.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/tables.py" line="129"/>
        <source>{file} line {line}: {message}</source>
        <translation>{file} ligne {line} : {message}</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/tables.py" line="183"/>
        <source>{file} could not be read ({reason}).</source>
        <translation>Impossible de lire {file} ({reason}).</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/tables.py" line="190"/>
        <source>{file} is empty; it needs a header line and one row per record.</source>
        <translation>{file} est vide ; il faut une ligne d'en-tête et une ligne par enregistrement.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/tables.py" line="212"/>
        <source>{file} line {line}: the column &apos;{column}&apos; appears twice in the header; keep one.</source>
        <translation>{file} ligne {line} : la colonne « {column} » apparaît deux fois dans l'en-tête ; n'en gardez qu'une.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/tables.py" line="227"/>
        <source>{file} line {line}: {found} values but the header has {count} columns ({columns}); give one value per column.</source>
        <translation>{file} ligne {line} : {found} valeurs, mais l'en-tête a {count} colonnes ({columns}) ; donnez une valeur par colonne.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/marxan.py" line="280"/>
        <source>input.dat line {line}: {key} is &apos;{value}&apos;, not a number; give a number with &apos;.&apos; as decimal separator.</source>
        <translation>input.dat ligne {line} : {key} vaut « {value} », ce qui n'est pas un nombre ; donnez un nombre avec « . » comme séparateur décimal.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/marxan.py" line="291"/>
        <source>input.dat line {line}: {key} is {value}; {fix}</source>
        <translation>input.dat ligne {line} : {key} vaut {value} ; {fix}</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/marxan.py" line="303"/>
        <source>give 0 or more.</source>
        <translation>donnez une valeur supérieure ou égale à 0.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/marxan.py" line="308"/>
        <source>give a whole number of runs, 1 or more.</source>
        <translation>donnez un nombre entier d'exécutions, 1 ou plus.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/marxan.py" line="322"/>
        <source>give a relative gap from 0 to below 1, e.g. 0.001.</source>
        <translation>donnez un écart relatif de 0 à moins de 1, p. ex. 0.001.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/marxan.py" line="325"/>
        <source>give a positive number of seconds, or remove it.</source>
        <translation>donnez un nombre positif de secondes, ou supprimez la ligne.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/marxan.py" line="328"/>
        <source>give a share above 0 and at most 1.</source>
        <translation>donnez une proportion supérieure à 0 et au plus égale à 1.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/marxan.py" line="333"/>
        <source>use 0 (do not save), 1 (.dat), 2 (.txt) or 3 (.csv).</source>
        <translation>utilisez 0 (ne pas enregistrer), 1 (.dat), 2 (.txt) ou 3 (.csv).</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/marxan.py" line="427"/>
        <source>input.dat has no {key} and {folder} holds no {name}: add the line &apos;{key} &lt;file name&gt;&apos; to input.dat.</source>
        <translation>input.dat n'a pas de {key} et {folder} ne contient pas de {name} : ajoutez la ligne « {key} &lt;nom du fichier&gt; » à input.dat.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/marxan.py" line="437"/>
        <source>input.dat line {line}: {key} names {path}, which does not exist; fix the file name or INPUTDIR.</source>
        <translation>input.dat ligne {line} : {key} désigne {path}, qui n'existe pas ; corrigez le nom du fichier ou INPUTDIR.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/marxan.py" line="477"/>
        <source>{file} has no planning units: add one row per unit under the header.</source>
        <translation>{file} ne contient aucune unité de planification : ajoutez une ligne par unité sous l'en-tête.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/marxan.py" line="487"/>
        <source>planning unit id {id} is used again (first on line {first}); ids must be unique.</source>
        <translation>l'identifiant d'unité de planification {id} est réutilisé (d'abord à la ligne {first}) ; les identifiants doivent être uniques.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/marxan.py" line="497"/>
        <source>the cost {value} is negative; costs must be 0 or more.</source>
        <translation>le coût {value} est négatif ; les coûts doivent être supérieurs ou égaux à 0.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/marxan.py" line="515"/>
        <source>{file} line {line}: there is neither a &apos;prop&apos; nor a &apos;target&apos; column; add one (prop = share of each feature&apos;s total amount, target = amount).</source>
        <translation>{file} ligne {line} : il n'y a ni colonne « prop » ni colonne « target » ; ajoutez-en une (prop = part de la quantité totale de chaque élément, target = quantité).</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/marxan.py" line="522"/>
        <source>{file} has no features: add one row per feature under the header.</source>
        <translation>{file} ne contient aucun élément : ajoutez une ligne par élément sous l'en-tête.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/marxan.py" line="532"/>
        <source>feature id {id} is used again (first on line {first}); ids must be unique.</source>
        <translation>l'identifiant d'élément {id} est réutilisé (d'abord à la ligne {first}) ; les identifiants doivent être uniques.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/marxan.py" line="542"/>
        <source>prop is {value}; give a share from 0 to 1 (0.3 = 30 %).</source>
        <translation>prop vaut {value} ; donnez une proportion de 0 à 1 (0.3 = 30 %).</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/marxan.py" line="551"/>
        <source>target is {value}; give an amount of 0 or more.</source>
        <translation>target vaut {value} ; donnez une quantité supérieure ou égale à 0.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/marxan.py" line="566"/>
        <source>{file}: &apos;{column}&apos; is set for {count} feature(s) (first on line {line}); occurrence, separation and clump targets are not supported by the exact solver and were ignored.</source>
        <translation>{file} : « {column} » est renseigné pour {count} élément(s) (d'abord à la ligne {line}) ; les cibles d'occurrence, de séparation et d'agrégat (clump) ne sont pas prises en charge par le solveur exact et ont été ignorées.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/marxan.py" line="605"/>
        <source>the amount {value} is negative; amounts must be 0 or more.</source>
        <translation>la quantité {value} est négative ; les quantités doivent être supérieures ou égales à 0.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/marxan.py" line="619"/>
        <source>{file}: {count} row(s) name ids not in {what} (first: {id} on line {line}); they were skipped, as Marxan does.</source>
        <translation>{file} : {count} ligne(s) citent des identifiants absents de {what} (premier : {id} à la ligne {line}) ; elles ont été ignorées, comme le fait Marxan.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/marxan.py" line="639"/>
        <source>feature {feature} in planning unit {unit} is listed again (first on line {first}); give each pair once.</source>
        <translation>l'élément {feature} dans l'unité de planification {unit} est listé à nouveau (d'abord à la ligne {first}) ; donnez chaque paire une seule fois.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/marxan.py" line="657"/>
        <source>the boundary {value} is negative; boundary lengths must be 0 or more.</source>
        <translation>la bordure {value} est négative ; les longueurs de bordure doivent être supérieures ou égales à 0.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/marxan.py" line="670"/>
        <source>{column} {id} is not a planning unit in pu.dat; fix the id or remove the row ({count} such rows).</source>
        <translation>{column} {id} n'est pas une unité de planification de pu.dat ; corrigez l'identifiant ou supprimez la ligne ({count} lignes de ce type).</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/marxan.py" line="691"/>
        <source>Marxan input file {path} not found; give the path of input.dat or of the folder holding it.</source>
        <translation>Fichier d'entrée Marxan {path} introuvable ; donnez le chemin d'input.dat ou du dossier qui le contient.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/marxan.py" line="710"/>
        <source>input.dat line {line}: INPUTDIR is {folder}, which is not a folder; fix the path (relative paths start at the folder holding input.dat).</source>
        <translation>input.dat ligne {line} : INPUTDIR vaut {folder}, qui n'est pas un dossier ; corrigez le chemin (les chemins relatifs partent du dossier qui contient input.dat).</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/marxan.py" line="740"/>
        <source>input.dat line {line}: BLM is {blm} but there is no boundary file; add &apos;BOUNDNAME bound.dat&apos; or set BLM 0.</source>
        <translation>input.dat ligne {line} : BLM vaut {blm} mais il n'y a pas de fichier de bordures ; ajoutez « BOUNDNAME bound.dat » ou mettez BLM à 0.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/marxan.py" line="748"/>
        <source>input.dat line {line}: {key} is not supported; the boundary file is read as symmetric shared edges.</source>
        <translation>input.dat ligne {line} : {key} n'est pas pris en charge ; le fichier de bordures est lu comme des bords partagés symétriques.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/marxan.py" line="756"/>
        <source>input.dat line {line}: COSTTHRESH is not supported by the exact solver and was ignored.</source>
        <translation>input.dat ligne {line} : COSTTHRESH n'est pas pris en charge par le solveur exact et a été ignoré.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/marxan.py" line="835"/>
        <source>Give {n} distinct integer planning-unit ids; {count} were given.</source>
        <translation>Donnez {n} identifiants entiers distincts d'unités de planification ; {count} ont été donnés.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/marxan.py" line="841"/>
        <source>Give {m} distinct integer feature ids; {count} were given.</source>
        <translation>Donnez {m} identifiants entiers distincts d'éléments ; {count} ont été donnés.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/marxan.py" line="848"/>
        <source>There are {count} feature names for {m} features.</source>
        <translation>Il y a {count} noms d'éléments pour {m} éléments.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/marxan.py" line="1228"/>
        <source>There are no solutions to write.</source>
        <translation>Il n'y a aucune solution à écrire.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/marxan.py" line="1642"/>
        <source>{file} is not a Marxan solution file (planning unit id and value per line); delete it or run the project again.</source>
        <translation>{file} n'est pas un fichier de solution Marxan (identifiant d'unité de planification et valeur par ligne) ; supprimez-le ou relancez le projet.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/planning_units.py" line="620"/>
        <source>The CRS &apos;{name}&apos; of {what} is not a projected CRS in metres: areas would be wrong; choose an equal-area CRS (leave it empty for one centred on the study area).</source>
        <translation>Le CRS « {name} » utilisé pour {what} n'est pas un CRS projeté en mètres : les surfaces seraient fausses ; choisissez un CRS équivalent (à surfaces égales) ou laissez vide pour en utiliser un centré sur la zone d'étude.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/planning_units.py" line="322"/>
        <source>the planning units</source>
        <translation>les unités de planification</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/planning_units.py" line="646"/>
        <source>The study-area layer &apos;{layer}&apos; has no area: choose a polygon layer.</source>
        <translation>La couche de zone d'étude « {layer} » n'a aucune surface : choisissez une couche de polygones.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/planning_units.py" line="699"/>
        <source>The unit layer &apos;{layer}&apos; has no field &apos;{field}&apos; for unit ids: choose one of {fields}.</source>
        <translation>La couche d'unités « {layer} » n'a pas de champ « {field} » pour les identifiants d'unité : choisissez l'un des champs {fields}.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/planning_units.py" line="708"/>
        <source>The id field &apos;{field}&apos; of &apos;{layer}&apos; is empty (NULL) for feature(s) {fids}: give every unit an id or leave the id field empty to use feature ids.</source>
        <translation>Le champ d'identifiant « {field} » de « {layer} » est vide (NULL) pour la ou les entités {fids} : donnez un identifiant à chaque unité, ou laissez le champ d'identifiant vide pour utiliser les identifiants d'entité.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/planning_units.py" line="722"/>
        <source>The id field &apos;{field}&apos; of &apos;{layer}&apos; repeats the id(s) {ids}: every planning unit needs its own id; choose another field or fix the values.</source>
        <translation>Le champ d'identifiant « {field} » de « {layer} » répète le ou les identifiants {ids} : chaque unité de planification doit avoir son propre identifiant ; choisissez un autre champ ou corrigez les valeurs.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/planning_units.py" line="740"/>
        <source>The unit layer &apos;{layer}&apos; has features without geometry ({fids}): delete them or draw their polygons.</source>
        <translation>La couche d'unités « {layer} » contient des entités sans géométrie ({fids}) : supprimez-les ou dessinez leurs polygones.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/planning_units.py" line="754"/>
        <source>None of the {n} polygons of &apos;{layer}&apos; overlap the study area: check the layer&apos;s CRS, or choose a study area that covers them.</source>
        <translation>Aucun des {n} polygones de « {layer} » ne recouvre la zone d'étude : vérifiez le CRS de la couche, ou choisissez une zone d'étude qui les couvre.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/planning_units.py" line="766"/>
        <source>The hexagon area is {cell} km2: give an area above 0 km2.</source>
        <translation>La surface des hexagones est de {cell} km2 : donnez une surface supérieure à 0 km2.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/planning_units.py" line="766"/>
        <source>Hexagons of {cell:g} km2 would make about {cells:,.0f} cells over the study area&apos;s extent: choose hexagons of at least {suggest:.3g} km2.</source>
        <translation>Des hexagones de {cell:g} km2 donneraient environ {cells:,.0f} cellules sur l'emprise de la zone d'étude : choisissez des hexagones d'au moins {suggest:.3g} km2.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/planning_units.py" line="777"/>
        <source>The square area is {cell} km2: give an area above 0 km2.</source>
        <translation>La surface des carrés est de {cell} km2 : donnez une surface supérieure à 0 km2.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/planning_units.py" line="777"/>
        <source>The square area ({cell:.0f} km2) is not smaller than the study area ({area:.0f} km2): choose squares of at most {suggest:.0f} km2.</source>
        <translation>La surface des carrés ({cell:.0f} km2) n'est pas inférieure à celle de la zone d'étude ({area:.0f} km2) : choisissez des carrés d'au plus {suggest:.0f} km2.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/planning_units.py" line="777"/>
        <source>Squares of {cell:g} km2 would make about {cells:,.0f} cells over the study area&apos;s extent: choose squares of at least {suggest:.3g} km2.</source>
        <translation>Des carrés de {cell:g} km2 donneraient environ {cells:,.0f} cellules sur l'emprise de la zone d'étude : choisissez des carrés d'au moins {suggest:.3g} km2.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/planning_units.py" line="982"/>
        <source>Unknown planning-unit type &apos;{kind}&apos;: use one of {kinds}.</source>
        <translation>Type d'unité de planification « {kind} » inconnu : utilisez l'un des types {kinds}.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/planning_units.py" line="856"/>
        <source>The lock-in threshold is {value}: give a share above 0 and at most 1 (0.5 locks in units at least half protected).</source>
        <translation>Le seuil de verrouillage vaut {value} : donnez une proportion supérieure à 0 et au plus égale à 1 (0.5 verrouille les unités protégées au moins à moitié).</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/planning_units.py" line="991"/>
        <source>The study area is empty: choose countries or a polygon layer.</source>
        <translation>La zone d'étude est vide : choisissez des pays ou une couche de polygones.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/planning_units.py" line="998"/>
        <source>Planning units from a layer need the layer: choose a polygon layer.</source>
        <translation>Des unités de planification issues d'une couche nécessitent cette couche : choisissez une couche de polygones.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/planning_units.py" line="1006"/>
        <source>The unit layer &apos;{layer}&apos; has no field &apos;{field}&apos; for the cost: choose one of {fields}.</source>
        <translation>La couche d'unités « {layer} » n'a pas de champ « {field} » pour le coût : choisissez l'un des champs {fields}.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/portfolio.py" line="83"/>
        <source>The {what} is {value}; give a whole number of {least} or more.</source>
        <translation>Le paramètre « {what} » vaut {value} ; donnez un nombre entier supérieur ou égal à {least}.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/portfolio.py" line="107"/>
        <source>{what} needs an exact solver ({choices}); &apos;{solver}&apos; ignores constraints and proves nothing.</source>
        <translation>{what} nécessite un solveur exact ({choices}) ; « {solver} » ignore les contraintes et ne prouve rien.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/portfolio.py" line="159"/>
        <source>A no-good cut needs one flag per planning unit, not shape {shape}.</source>
        <translation>Une coupe « no-good » nécessite un indicateur par unité de planification, et non la forme {shape}.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/portfolio.py" line="297"/>
        <source>minimum number of changes</source>
        <translation>nombre minimal de changements</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/portfolio.py" line="172"/>
        <source>A no-good cut has {count} flags but the problem has {n} planning units.</source>
        <translation>Une coupe « no-good » compte {count} indicateurs, mais le problème a {n} unités de planification.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/portfolio.py" line="212"/>
        <source>The objective bound must come after every objective and penalty term; add it as the last constraint.</source>
        <translation>La borne sur l'objectif doit venir après tous les termes d'objectif et de pénalité : ajoutez-la comme dernière contrainte.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/portfolio.py" line="296"/>
        <source>number of solutions</source>
        <translation>nombre de solutions</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/portfolio.py" line="299"/>
        <source>Unknown portfolio method &apos;{method}&apos;: use one of {choices}.</source>
        <translation>Méthode de portefeuille « {method} » inconnue : utilisez l'une des méthodes {choices}.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/portfolio.py" line="306"/>
        <source>The portfolio gap is {value}; give a fraction of 0 or more, e.g. 0.1.</source>
        <translation>L'écart du portefeuille vaut {value} ; donnez une fraction supérieure ou égale à 0, p. ex. 0.1.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/portfolio.py" line="312"/>
        <source>The shuffle portfolio perturbs unit costs, which only the minimum-set objective minimises; use the cuts or gap method with {objective}.</source>
        <translation>Le portefeuille « shuffle » perturbe les coûts des unités, que seul l'objectif d'ensemble minimal minimise ; utilisez la méthode « cuts » ou « gap » avec {objective}.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/portfolio.py" line="319"/>
        <source>The {method} portfolio</source>
        <translation>Le portefeuille {method}</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/portfolio.py" line="364"/>
        <source>Stopped after {found} of {k} solutions: {reason}</source>
        <translation>Arrêt après {found} solutions sur {k} : {reason}</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/portfolio.py" line="368"/>
        <source>Only {found} of the {k} solutions asked for exist: no other selection satisfies the problem and differs from all earlier ones in at least {changes} unit(s).</source>
        <translation>Seules {found} des {k} solutions demandées existent : aucune autre sélection ne satisfait le problème en différant de toutes les précédentes d'au moins {changes} unité(s).</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/portfolio.py" line="373"/>
        <source>Only {found} of the {k} solutions asked for lie within {gap:.1%} of the optimum and differ from each other in at least {changes} unit(s).</source>
        <translation>Seules {found} des {k} solutions demandées se situent à moins de {gap:.1%} de l'optimum tout en différant entre elles d'au moins {changes} unité(s).</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/portfolio.py" line="417"/>
        <source>Only {found} of the {k} solutions asked for were found in {tries} shuffled solves; allow a larger gap (now {gap:.1%}) or use the cuts method.</source>
        <translation>Seules {found} des {k} solutions demandées ont été trouvées en {tries} résolutions perturbées ; autorisez un écart plus grand (actuellement {gap:.1%}) ou utilisez la méthode « cuts ».</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/portfolio.py" line="488"/>
        <source>The portfolio is empty: give at least one solution.</source>
        <translation>Le portefeuille est vide : donnez au moins une solution.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/portfolio.py" line="491"/>
        <source>The solutions have different shapes ({shapes}); give one flag per unit.</source>
        <translation>Les solutions ont des formes différentes ({shapes}) ; donnez un indicateur par unité.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/portfolio.py" line="520"/>
        <source>The unit mask has shape {shape}; give one flag per planning unit ({n}).</source>
        <translation>Le masque d'unités a la forme {shape} ; donnez un indicateur par unité de planification ({n}).</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/portfolio.py" line="527"/>
        <source>Give the units to evaluate as 0-based indices or as a mask.</source>
        <translation>Donnez les unités à évaluer sous forme d'indices (à partir de 0) ou de masque.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/portfolio.py" line="531"/>
        <source>Units {units} are outside 0..{last}.</source>
        <translation>Les unités {units} sont hors de 0..{last}.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/portfolio.py" line="590"/>
        <source>Replacement cost</source>
        <translation>Le coût de remplacement</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/problem/inputs.py" line="61"/>
        <source>The {what} has {count} values for {n} planning units; give one per unit.</source>
        <translation>« {what} » : {count} valeurs pour {n} unités de planification ; donnez-en une par unité.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/problem/inputs.py" line="48"/>
        <source>The {what} of planning unit {units} is missing or negative: give every unit a value of zero or more.</source>
        <translation>La valeur « {what} » de l'unité de planification {units} est manquante ou négative : donnez à chaque unité une valeur positive ou nulle.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/problem/model.py" line="274"/>
        <source>The objective {name} is not an objective: use MinSet, MaxCoverage, MinShortfall or WeakestLink.</source>
        <translation>L'objectif {name} n'est pas un objectif : utilisez MinSet, MaxCoverage, MinShortfall ou WeakestLink.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/problem/model.py" line="280"/>
        <source>constraint</source>
        <translation>contrainte</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/problem/model.py" line="280"/>
        <source>penalty</source>
        <translation>pénalité</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/problem/model.py" line="283"/>
        <source>The {kind} {name} has no add_to(builder, problem, x0) method: pass constraint and penalty objects from core.problem.</source>
        <translation>La {kind} {name} n'a pas de méthode add_to(builder, problem, x0) : passez des objets de contrainte et de pénalité de core.problem.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/problem/model.py" line="344"/>
        <source>{count} target(s) cannot be met even by selecting every unit not locked out: {details}. Lower these targets, unlock units, or solve the minimum-shortfall alternative, which gets as close to every target as the available units allow.</source>
        <translation>{count} cible(s) ne peuvent pas être atteintes même en sélectionnant toutes les unités non exclues : {details}. Abaissez ces cibles, déverrouillez des unités, ou résolvez plutôt le problème de déficit minimal, qui s'approche de chaque cible autant que les unités disponibles le permettent.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/problem/objectives.py" line="159"/>
        <source>area</source>
        <translation>surface</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/problem/objectives.py" line="165"/>
        <source>The {name} budget is on &apos;{measure}&apos;: use {choices}.</source>
        <translation>Le budget de {name} porte sur « {measure} » : utilisez {choices}.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/problem/objectives.py" line="172"/>
        <source>The {name} budget is {value}; give a finite amount of zero or more.</source>
        <translation>Le budget de {name} vaut {value} ; donnez une quantité finie positive ou nulle.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/problem/objectives.py" line="181"/>
        <source>The locked-in units already use {used:.6g} of the {name} budget of {budget:.6g} ({measure}): raise the budget or unlock units.</source>
        <translation>Les unités verrouillées utilisent déjà {used:.6g} du budget de {name} de {budget:.6g} ({measure}) : augmentez le budget ou déverrouillez des unités.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/problem/objectives.py" line="188"/>
        <source>The {name} penalty scale is {value}; give a number of zero or more.</source>
        <translation>L'échelle de pénalité de {name} vaut {value} ; donnez un nombre positif ou nul.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/problem/objectives.py" line="194"/>
        <source>The {name} tie-break is {value}; give a small fraction, e.g. 1e-3.</source>
        <translation>Le départage (tie-break) de {name} vaut {value} ; donnez une petite fraction, p. ex. 1e-3.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/problem/objectives.py" line="252"/>
        <source>The {name} weights have {count} values for {m} features; give one per feature.</source>
        <translation>Les poids de {name} ont {count} valeurs pour {m} éléments ; donnez-en un par élément.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/problem/objectives.py" line="259"/>
        <source>The {name} weight of feature &apos;{feature}&apos; is {value}; weights must be zero or more.</source>
        <translation>Le poids de {name} de l'élément « {feature} » vaut {value} ; les poids doivent être positifs ou nuls.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/problem/objectives.py" line="434"/>
        <source>WeakestLink has {count} species labels for {m} features; give the species of every feature.</source>
        <translation>WeakestLink a {count} étiquettes d'espèce pour {m} éléments ; donnez l'espèce de chaque élément.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/problem/objectives.py" line="455"/>
        <source>WeakestLink has no weight for species {names}: give one per species.</source>
        <translation>WeakestLink n'a pas de poids pour les espèces {names} : donnez-en un par espèce.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/problem/objectives.py" line="464"/>
        <source>WeakestLink has {count} weights for {s} species; give one per species in sorted order, or a mapping species -&gt; weight.</source>
        <translation>WeakestLink a {count} poids pour {s} espèces ; donnez-en un par espèce dans l'ordre alphabétique, ou un dictionnaire espèce -&gt; poids.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/problem/objectives.py" line="472"/>
        <source>The weight of species &apos;{name}&apos; is {value}; weights must be zero or more.</source>
        <translation>Le poids de l'espèce « {name} » vaut {value} ; les poids doivent être positifs ou nuls.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/problem/constraints.py" line="29"/>
        <source>The {what} mask has {count} flags for {n} planning units; give one per unit.</source>
        <translation>Le masque « {what} » a {count} indicateurs pour {n} unités de planification ; donnez-en un par unité.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/problem/constraints.py" line="103"/>
        <source>The {what} must be a mapping country code -&gt; number with at least one entry.</source>
        <translation>Le paramètre « {what} » doit être une correspondance code de pays -&gt; nombre avec au moins une entrée.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/problem/constraints.py" line="112"/>
        <source>The {what} for &apos;{code}&apos; is {value}; give a number of zero or more.</source>
        <translation>La valeur « {what} » pour « {code} » vaut {value} ; donnez un nombre positif ou nul.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/problem/penalties.py" line="384"/>
        <source>country code</source>
        <translation>code de pays</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/problem/constraints.py" line="227"/>
        <source>The {what} names {codes}, which no planning unit belongs to: check the codes against the units&apos; country field.</source>
        <translation>Le paramètre « {what} » cite {codes}, auxquels n'appartient aucune unité de planification : vérifiez ces codes par rapport au champ pays des unités.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/problem/constraints.py" line="161"/>
        <source>country budget</source>
        <translation>budget par pays</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/problem/constraints.py" line="171"/>
        <source>The locked-in units of &apos;{code}&apos; already cost {spent:.6g}, more than its budget of {limit:.6g}: raise that budget or unlock units.</source>
        <translation>Les unités verrouillées de « {code} » coûtent déjà {spent:.6g}, plus que son budget de {limit:.6g} : augmentez ce budget ou déverrouillez des unités.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/problem/constraints.py" line="236"/>
        <source>country minimum share</source>
        <translation>part minimale par pays</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/problem/constraints.py" line="239"/>
        <source>The minimum share for &apos;{code}&apos; is {value}; give a fraction from 0 to 1.</source>
        <translation>La part minimale de « {code} » vaut {value} ; donnez une fraction de 0 à 1.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/problem/constraints.py" line="255"/>
        <source>&apos;{code}&apos; must contribute {required:.6g} of area but only {available:.6g} is not locked out: lower its share or unlock units.</source>
        <translation>« {code} » doit apporter {required:.6g} de surface, mais seulement {available:.6g} n'est pas exclu : réduisez sa part ou déverrouillez des unités.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/problem/constraints.py" line="297"/>
        <source>The unit centroids have shape {shape}; give one (x, y) pair per unit.</source>
        <translation>Les centroïdes des unités ont la forme {shape} ; donnez une paire (x, y) par unité.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/problem/constraints.py" line="303"/>
        <source>passage range</source>
        <translation>aire de passage</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/problem/constraints.py" line="307"/>
        <source>The migration axis needs a start and an end point, each (x, y).</source>
        <translation>L'axe de migration nécessite un point de départ et un point d'arrivée, chacun (x, y).</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/problem/constraints.py" line="311"/>
        <source>The migration axis starts and ends at the same point: give two distinct points.</source>
        <translation>L'axe de migration commence et finit au même point : donnez deux points distincts.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/problem/constraints.py" line="315"/>
        <source>The maximum hop distance is {value} km; give a positive distance.</source>
        <translation>La distance de saut maximale vaut {value} km ; donnez une distance positive.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/problem/constraints.py" line="321"/>
        <source>Some unit centroids in the passage range are missing.</source>
        <translation>Certains centroïdes d'unités de l'aire de passage sont manquants.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/problem/constraints.py" line="357"/>
        <source>Stepping stones name the feature &apos;{name}&apos;, which the problem lacks.</source>
        <translation>Les relais citent l'élément « {name} », absent du problème.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/problem/constraints.py" line="365"/>
        <source>Stepping stones refer to feature {k}; features are 0..{last}.</source>
        <translation>Les relais renvoient à l'élément {k} ; les éléments vont de 0 à {last}.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/problem/constraints.py" line="376"/>
        <source>The stepping-stone bands for &apos;{name}&apos; need one integer band id per planning unit (-1 outside the passage range); got {count} values.</source>
        <translation>Les bandes de relais de « {name} » nécessitent un identifiant de bande entier par unité de planification (-1 hors de l'aire de passage) ; {count} valeurs reçues.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/problem/constraints.py" line="397"/>
        <source>The stepping-stone minimum amounts for &apos;{name}&apos; need one number, or one per band id (0..{last}).</source>
        <translation>Les quantités minimales des relais de « {name} » nécessitent un nombre, ou un par identifiant de bande (0..{last}).</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/problem/constraints.py" line="404"/>
        <source>The stepping-stone minimum amounts for &apos;{name}&apos; must be zero or more.</source>
        <translation>Les quantités minimales des relais de « {name} » doivent être positives ou nulles.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/problem/constraints.py" line="410"/>
        <source>The stepping-stone minimum units for &apos;{name}&apos; must be zero or more.</source>
        <translation>Les nombres minimaux d'unités des relais de « {name} » doivent être positifs ou nuls.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/problem/constraints.py" line="437"/>
        <source>Stepping stones for &apos;{name}&apos;: band(s) {bands} cannot reach the minimum amount even with every available unit; lower it or widen the bands.</source>
        <translation>Relais de « {name} » : la ou les bandes {bands} ne peuvent pas atteindre la quantité minimale même avec toutes les unités disponibles ; abaissez-la ou élargissez les bandes.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/problem/constraints.py" line="447"/>
        <source>Stepping stones for &apos;{name}&apos;: band(s) {bands} have fewer than {count} available unit(s) holding the feature; lower the minimum or widen the bands.</source>
        <translation>Relais de « {name} » : la ou les bandes {bands} ont moins de {count} unité(s) disponible(s) contenant l'élément ; abaissez le minimum ou élargissez les bandes.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/problem/constraints.py" line="500"/>
        <source>Neighbour constraints need the boundary table to know which units touch.</source>
        <translation>Les contraintes de voisinage nécessitent la table des bordures pour savoir quelles unités se touchent.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/problem/constraints.py" line="504"/>
        <source>The neighbour constraint&apos;s boundary covers {count} planning units but there are {n}.</source>
        <translation>La bordure de la contrainte de voisinage couvre {count} unités de planification, mais il y en a {n}.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/problem/constraints.py" line="512"/>
        <source>The minimum number of neighbours is {k}; give 0 or more.</source>
        <translation>Le nombre minimal de voisins vaut {k} ; donnez 0 ou plus.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/problem/constraints.py" line="529"/>
        <source>Locked-in planning unit {units} cannot have {k} selected neighbours because too many of its neighbours are locked out: unlock them or lower the minimum.</source>
        <translation>L'unité de planification verrouillée {units} ne peut pas avoir {k} voisins sélectionnés car trop de ses voisins sont exclus : déverrouillez-les ou abaissez le minimum.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/problem/penalties.py" line="272"/>
        <source>The connectivity table refers to unit id(s) {ids} that are not planning units: check that it matches the planning units.</source>
        <translation>La table de connectivité renvoie à des identifiants d'unité {ids} qui ne sont pas des unités de planification : vérifiez qu'elle correspond aux unités de planification.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/problem/penalties.py" line="288"/>
        <source>The connectivity table has {i} first ids, {j} second ids and {v} values; every row needs all three.</source>
        <translation>La table de connectivité a {i} premiers identifiants, {j} seconds identifiants et {v} valeurs ; chaque ligne a besoin des trois.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/problem/penalties.py" line="296"/>
        <source>Connectivity rows {rows} refer to planning units outside 0..{last}: check that the connectivity table matches the planning units.</source>
        <translation>Les lignes de connectivité {rows} renvoient à des unités de planification hors de 0..{last} : vérifiez que la table de connectivité correspond aux unités de planification.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/problem/penalties.py" line="304"/>
        <source>Connectivity rows {rows} have a missing value: give every link a number.</source>
        <translation>Les lignes de connectivité {rows} ont une valeur manquante : donnez un nombre à chaque lien.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/problem/penalties.py" line="310"/>
        <source>The connectivity weight is {value}; give a finite number.</source>
        <translation>Le poids de connectivité vaut {value} ; donnez un nombre fini.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/problem/penalties.py" line="375"/>
        <source>The cross-border bonus needs the boundary table to know which units touch.</source>
        <translation>Le bonus transfrontalier nécessite la table des bordures pour savoir quelles unités se touchent.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/problem/penalties.py" line="379"/>
        <source>The cross-border boundary covers {count} planning units but there are {n}.</source>
        <translation>La bordure transfrontalière couvre {count} unités de planification, mais il y en a {n}.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/problem/solution.py" line="112"/>
        <source>{solver} stopped ({status}) before finding any selection that meets every target and constraint; allow more than {limit:g} s or a larger optimality gap.</source>
        <translation>{solver} s'est arrêté ({status}) avant de trouver une sélection qui respecte toutes les cibles et contraintes ; accordez plus de {limit:g} s ou un écart d'optimalité plus grand.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/problem/solution.py" line="116"/>
        <source>{solver} stopped ({status}) before finding any selection that meets every target and constraint; allow a larger optimality gap or simplify the problem.</source>
        <translation>{solver} s'est arrêté ({status}) avant de trouver une sélection qui respecte toutes les cibles et contraintes ; accordez un écart d'optimalité plus grand ou simplifiez le problème.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/problem/solution.py" line="130"/>
        <source>{solver} found no selection that satisfies the targets, budget and constraints together, although each can be met on its own; relax a constraint, the budget or a target.</source>
        <translation>{solver} n'a trouvé aucune sélection qui satisfasse à la fois les cibles, le budget et les contraintes, bien que chacun puisse être respecté séparément ; assouplissez une contrainte, le budget ou une cible.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/ranges.py" line="249"/>
        <source>The layer &apos;{layer}&apos; is in no known range schema (its fields: {found}; wanted {wanted}): rename the fields or give a field mapping (species, presence, origin, seasonal).</source>
        <translation>La couche « {layer} » ne suit aucun schéma d'aires de répartition connu (ses champs : {found} ; attendus : {wanted}) : renommez les champs ou donnez une correspondance de champs (espèce, présence, origine, saisonnalité).</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/ranges.py" line="270"/>
        <source>The layer &apos;{layer}&apos; has no field for {missing} (its fields: {found}): correct the field mapping.</source>
        <translation>La couche « {layer} » n'a pas de champ pour {missing} (ses champs : {found}) : corrigez la correspondance des champs.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/ranges.py" line="277"/>
        <source>The field mapping for layer &apos;{layer}&apos; names no species field: give the field that holds the scientific name.</source>
        <translation>La correspondance des champs de la couche « {layer} » n'indique aucun champ d'espèce : donnez le champ qui contient le nom scientifique.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/ranges.py" line="349"/>
        <source>The {field} filter &apos;{text}&apos; is not a list of codes: write codes separated by commas, e.g. &apos;1,2&apos; (valid codes {codes}).</source>
        <translation>Le filtre {field} « {text} » n'est pas une liste de codes : écrivez des codes séparés par des virgules, p. ex. « 1,2 » (codes valides : {codes}).</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/ranges.py" line="358"/>
        <source>The {field} filter is empty: give at least one code, e.g. &apos;1,2&apos; (valid codes {codes}).</source>
        <translation>Le filtre {field} est vide : donnez au moins un code, p. ex. « 1,2 » (codes valides : {codes}).</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/ranges.py" line="366"/>
        <source>The {field} filter has code(s) {bad}, which are not IUCN {field} codes: use codes {codes}.</source>
        <translation>Le filtre {field} contient le(s) code(s) {bad}, qui ne sont pas des codes UICN « {field} » : utilisez les codes {codes}.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/ranges.py" line="612"/>
        <source>Range layers: {layers}.</source>
        <translation>Couches d'aires de répartition : {layers}.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/ranges.py" line="614"/>
        <source>{n} input features: {kept} kept; dropped {presence} by presence, {origin} by origin, {seasonal} by season, {unknown} with unknown codes, {empty} without polygon geometry; {repaired} invalid geometries repaired.</source>
        <translation>{n} entités en entrée : {kept} conservées ; écartées : {presence} selon la présence, {origin} selon l'origine, {seasonal} selon la saison, {unknown} aux codes inconnus, {empty} sans géométrie polygonale ; {repaired} géométries invalides réparées.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/ranges.py" line="628"/>
        <source>{species} species, {features} species-season features.</source>
        <translation>{species} espèces, {features} éléments espèce-saison.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/ranges.py" line="701"/>
        <source>a scientific name</source>
        <translation>un nom scientifique</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/ranges.py" line="702"/>
        <source>IUCN presence codes 1-6</source>
        <translation>codes de présence UICN 1-6</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/ranges.py" line="703"/>
        <source>IUCN origin codes 1-6</source>
        <translation>codes d'origine UICN 1-6</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/ranges.py" line="704"/>
        <source>IUCN seasonal codes 1-5</source>
        <translation>codes de saisonnalité UICN 1-5</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/ranges.py" line="708"/>
        <source>NatureServe ORIGIN codes 1-4 (resident to passage)</source>
        <translation>codes ORIGIN de NatureServe 1-4 (de résident à passage)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/ranges.py" line="717"/>
        <source>Every feature of layer &apos;{layer}&apos; has an unknown value in field &apos;{field}&apos; (found {values}; wanted {expected}): map the right field or recode it.</source>
        <translation>Toutes les entités de la couche « {layer} » ont une valeur inconnue dans le champ « {field} » (trouvé : {values} ; attendu : {expected}) : associez le bon champ ou recodez-le.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/ranges.py" line="728"/>
        <source>Layer &apos;{layer}&apos;: {n} feature(s) with an unknown value in field &apos;{field}&apos; ({values}; feature ids {ids}) were dropped: recode them to {expected}.</source>
        <translation>Couche « {layer} » : {n} entité(s) ayant une valeur inconnue dans le champ « {field} » ({values} ; identifiants d'entité {ids}) ont été écartées : recodez-les en {expected}.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/inputs.py" line="243"/>
        <source>No range layer was given: choose at least one polygon layer.</source>
        <translation>Aucune couche d'aires de répartition n'a été fournie : choisissez au moins une couche de polygones.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/ranges.py" line="808"/>
        <source>Layer &apos;{layer}&apos;: {n} feature(s) without geometry (feature ids {ids}) were dropped.</source>
        <translation>Couche « {layer} » : {n} entité(s) sans géométrie (identifiants d'entité {ids}) ont été écartées.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/ranges.py" line="836"/>
        <source>Layer &apos;{layer}&apos;: {n} feature(s) had no polygon area left after repair (feature ids {ids}) and were dropped.</source>
        <translation>Couche « {layer} » : {n} entité(s) n'avaient plus de surface polygonale après réparation (identifiants d'entité {ids}) et ont été écartées.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/ranges.py" line="903"/>
        <source>All {n} remaining range features were removed by the {field} filter (it keeps {kept}; the layers have {found}): add codes to the {field} filter, e.g. &apos;{suggest}&apos;.</source>
        <translation>Les {n} entités d'aire de répartition restantes ont toutes été retirées par le filtre {field} (il garde {kept} ; les couches contiennent {found}) : ajoutez des codes au filtre {field}, p. ex. « {suggest} ».</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/ranges.py" line="917"/>
        <source>No range feature is left: {unknown} had unknown codes and {empty} had no polygon geometry; fix the codes or geometries named in the warnings.</source>
        <translation>Il ne reste aucune entité d'aire de répartition : {unknown} avaient des codes inconnus et {empty} n'avaient pas de géométrie polygonale ; corrigez les codes ou les géométries cités dans les avertissements.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/ranges.py" line="947"/>
        <source>{n} species have no range inside the study area and get no target there: {names}. Check the layers&apos; CRS, or remove these species.</source>
        <translation>{n} espèces n'ont pas d'aire de répartition dans la zone d'étude et n'y reçoivent aucune cible : {names}. Vérifiez le CRS des couches, ou retirez ces espèces.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/report.py" line="117"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/report.py" line="117"/>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/report.py" line="235"/>
        <source>The ProtConn values need &apos;before&apos; and &apos;after&apos; entries (missing: {keys}).</source>
        <translation>Les valeurs ProtConn nécessitent des entrées « before » et « after » (manquantes : {keys}).</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/report.py" line="280"/>
        <source>Parameter</source>
        <translation>Paramètre</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/report.py" line="280"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/report.py" line="307"/>
        <source>Targets per species and season</source>
        <translation>Cibles par espèce et saison</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/report.py" line="307"/>
        <source>Feature</source>
        <translation>Élément</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/inputs.py" line="223"/>
        <source>Species</source>
        <translation>Espèces</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/report.py" line="370"/>
        <source>Season</source>
        <translation>Saison</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/report.py" line="307"/>
        <source>Target (km²)</source>
        <translation>Cible (km²)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/report.py" line="307"/>
        <source>Held before (km²)</source>
        <translation>Couvert avant (km²)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/report.py" line="307"/>
        <source>% of target before</source>
        <translation>% de la cible avant</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/report.py" line="370"/>
        <source>Met before</source>
        <translation>Atteinte avant</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/report.py" line="307"/>
        <source>Held after (km²)</source>
        <translation>Couvert après (km²)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/report.py" line="307"/>
        <source>% of target after</source>
        <translation>% de la cible après</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/report.py" line="370"/>
        <source>Met after</source>
        <translation>Atteinte après</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/report.py" line="340"/>
        <source>Weakest-link coverage per species (all seasons covered?)</source>
        <translation>Couverture par maillon le plus faible, par espèce (toutes les saisons couvertes ?)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/report.py" line="340"/>
        <source>Seasons</source>
        <translation>Saisons</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/report.py" line="340"/>
        <source>Seasons met before</source>
        <translation>Saisons atteintes avant</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/report.py" line="340"/>
        <source>Covered before</source>
        <translation>Couverte avant</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/report.py" line="340"/>
        <source>Weakest season, % of target, before</source>
        <translation>Saison la plus faible, % de la cible, avant</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/report.py" line="340"/>
        <source>Seasons met after</source>
        <translation>Saisons atteintes après</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/report.py" line="340"/>
        <source>Covered after</source>
        <translation>Couverte après</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/report.py" line="340"/>
        <source>Weakest season after</source>
        <translation>Saison la plus faible après</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/report.py" line="340"/>
        <source>Weakest season, % of target, after</source>
        <translation>Saison la plus faible, % de la cible, après</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/report.py" line="370"/>
        <source>Targets met by season</source>
        <translation>Cibles atteintes par saison</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/report.py" line="663"/>
        <source>Features</source>
        <translation>Éléments</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/report.py" line="394"/>
        <source>Contribution per country</source>
        <translation>Contribution par pays</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/report.py" line="768"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/report.py" line="478"/>
        <source>Area (km²)</source>
        <translation>Surface (km²)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/report.py" line="394"/>
        <source>Network after (km²)</source>
        <translation>Réseau après (km²)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/report.py" line="394"/>
        <source>Features present</source>
        <translation>Éléments présents</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/report.py" line="394"/>
        <source>National targets met before</source>
        <translation>Cibles nationales atteintes avant</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/report.py" line="394"/>
        <source>National targets met after</source>
        <translation>Cibles nationales atteintes après</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/report.py" line="413"/>
        <source>Protected and connected land (ProtConn, %)</source>
        <translation>Terres protégées et connectées (ProtConn, %)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/report.py" line="413"/>
        <source>Indicator</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/report.py" line="413"/>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/report.py" line="413"/>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/report.py" line="452"/>
        <source>Transfrontier Conservation Area (TFCA) candidates</source>
        <translation>Candidates aires de conservation transfrontalières (ACTF)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/report.py" line="460"/>
        <source>Area of each TFCA candidate per country</source>
        <translation>Surface de chaque candidate ACTF par pays</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/report.py" line="460"/>
        <source>Candidate</source>
        <translation>Candidate</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/planning_units.py" line="220"/>
        <source>Existing protected areas</source>
        <translation>Aires protégées existantes</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/report.py" line="661"/>
        <source>With the plan</source>
        <translation>Avec le plan</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/report.py" line="644"/>
        <source>Share of the target held (%, capped at 200)</source>
        <translation>Part de la cible couverte (%, plafonnée à 200)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/report.py" line="634"/>
        <source>Target achievement per species and season</source>
        <translation>Atteinte des cibles par espèce et saison</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/report.py" line="670"/>
        <source>Coverage by season</source>
        <translation>Couverture par saison</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/report.py" line="678"/>
        <source>% of the land</source>
        <translation>% des terres</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/report.py" line="680"/>
        <source>Protected connected land (ProtConn fractions)</source>
        <translation>Terres protégées connectées (fractions de ProtConn)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/report.py" line="829"/>
        <source>This report describes a conservation plan for {countries}: {selected} of {units} planning units ({percent:.1f}% of the study area) are in the network, and {met} of {targets} species-season targets are met. &apos;Before&apos; means the existing protected areas only; &apos;after&apos; means with the plan.</source>
        <translation>Ce rapport décrit un plan de conservation pour {countries} : {selected} des {units} unités de planification ({percent:.1f} % de la zone d'étude) font partie du réseau, et {met} des {targets} cibles par espèce et saison sont atteintes. « Avant » désigne les seules aires protégées existantes ; « après », la situation avec le plan.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/report.py" line="869"/>
        <source>A target is met when the network holds at least the target amount of the range.</source>
        <translation>Une cible est atteinte lorsque le réseau couvre au moins la quantité cible de l'aire de répartition.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/report.py" line="873"/>
        <source>A migratory species is adequately covered only when every season of its annual cycle meets its target (Runge et al. 2015): the weakest season decides.</source>
        <translation>Une espèce migratrice n'est correctement couverte que si chaque saison de son cycle annuel atteint sa cible (Runge et al. 2015) : c'est la saison la plus faible qui décide.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/report.py" line="904"/>
        <source>Clusters of the network spanning two or more countries. Score = ({wt} x transboundary species + {wa} x area + {wu} x unprotected share + {wi} x network importance (dPC)) / {total}, each divided by its largest value; rank 1 is the highest score.</source>
        <translation>Groupes du réseau s'étendant sur deux pays ou plus. Score = ({wt} x espèces transfrontalières + {wa} x surface + {wu} x part non protégée + {wi} x importance pour le réseau (dPC)) / {total}, chaque terme étant divisé par sa plus grande valeur ; le rang 1 correspond au score le plus élevé.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/report.py" line="971"/>
        <source>The report folder &apos;{path}&apos; cannot be created ({reason}).</source>
        <translation>Impossible de créer le dossier du rapport « {path} » ({reason}).</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/report.py" line="978"/>
        <source>Conservation plan for {countries}</source>
        <translation>Plan de conservation pour {countries}</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/sites.py" line="103"/>
        <source>Site layers: {layers}.</source>
        <translation>Couches de sites : {layers}.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/sites.py" line="104"/>
        <source>{n} input features -&gt; {sites} sites; dropped by status ({status}), {mab} UNESCO-MAB Biosphere Reserves, {no_area} points without reported area, {empty} without polygon geometry; {circles} point sites drawn as circles, {merged} parcels merged into their site, {repaired} geometries repaired.</source>
        <translation>{n} entités en entrée -&gt; {sites} sites ; écartés selon le statut ({status}), {mab} réserves de biosphère UNESCO-MAB, {no_area} points sans surface déclarée, {empty} sans géométrie polygonale ; {circles} sites ponctuels dessinés en cercles, {merged} parcelles fusionnées dans leur site, {repaired} géométries réparées.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/sites.py" line="122"/>
        <source>Snapshot {year}: {after} sites designated later dropped; {unknown} sites without a status year kept.</source>
        <translation>Année de référence {year} : {after} sites désignés plus tard écartés ; {unknown} sites sans année de statut conservés.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/sites.py" line="284"/>
        <source>The site layer kind &apos;{kind}&apos; is unknown: use one of {kinds}.</source>
        <translation>Le type de couche de sites « {kind} » est inconnu : utilisez l'un des types {kinds}.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/sites.py" line="310"/>
        <source>polygons or points</source>
        <translation>polygones ou points</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/sites.py" line="318"/>
        <source>The layer &apos;{layer}&apos; has no field &apos;{field}&apos; for site names (its fields: {fields}): choose another name field or leave it empty.</source>
        <translation>La couche « {layer} » n'a pas de champ « {field} » pour les noms de sites (ses champs : {fields}) : choisissez un autre champ de nom ou laissez vide.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/sites.py" line="367"/>
        <source>Layer &apos;{layer}&apos;: {n} site(s) without geometry (feature ids {ids}) were dropped.</source>
        <translation>Couche « {layer} » : {n} site(s) sans géométrie (identifiants d'entité {ids}) ont été écartés.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/sites.py" line="380"/>
        <source>The layer &apos;{layer}&apos; has point sites but no REP_AREA field (reported area in km2) to draw them with: add the field or use polygon boundaries.</source>
        <translation>La couche « {layer} » contient des sites ponctuels mais pas de champ REP_AREA (surface déclarée en km2) pour les dessiner : ajoutez le champ ou utilisez des limites polygonales.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/sites.py" line="389"/>
        <source>Layer &apos;{layer}&apos;: {n} point site(s) with REP_AREA 0 or NULL (feature ids {ids}) cannot be drawn and were dropped.</source>
        <translation>Couche « {layer} » : {n} site(s) ponctuel(s) avec REP_AREA à 0 ou NULL (identifiants d'entité {ids}) ne peuvent pas être dessinés et ont été écartés.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/sites.py" line="415"/>
        <source>Layer &apos;{layer}&apos;: {n} site(s) had no polygon area left after repair (feature ids {ids}) and were dropped.</source>
        <translation>Couche « {layer} » : {n} site(s) n'avaient plus de surface polygonale après réparation (identifiants d'entité {ids}) et ont été écartés.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/inputs.py" line="387"/>
        <source>No site layer was given: choose at least one polygon or point layer.</source>
        <translation>Aucune couche de sites n'a été fournie : choisissez au moins une couche de polygones ou de points.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/sites.py" line="532"/>
        <source>All {n} sites were removed by the WDPA status filter (it keeps {kept}; the layers have {found}): include these statuses, e.g. tick &apos;Include proposed sites&apos;.</source>
        <translation>Les {n} sites ont tous été retirés par le filtre de statut WDPA (il garde {kept} ; les couches contiennent {found}) : incluez ces statuts, p. ex. en cochant « Inclure les sites proposés (WDPA) ».</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/sites.py" line="545"/>
        <source>All {n} remaining sites are UNESCO-MAB Biosphere Reserves, which are left out by default: tick &apos;Include UNESCO-MAB Biosphere Reserves&apos; to keep them.</source>
        <translation>Les {n} sites restants sont tous des réserves de biosphère UNESCO-MAB, exclues par défaut : cochez « Inclure les réserves de biosphère UNESCO-MAB » pour les garder.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/sites.py" line="553"/>
        <source>All {n} remaining sites are points with REP_AREA 0 or NULL: fill in their reported area (km2) or use polygon boundaries.</source>
        <translation>Les {n} sites restants sont tous des points avec REP_AREA à 0 ou NULL : renseignez leur surface déclarée (km2) ou utilisez des limites polygonales.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/sites.py" line="559"/>
        <source>No site has polygon geometry left ({n} without geometry): check the layers&apos; geometries (Vector &gt; Geometry Tools &gt; Check Validity).</source>
        <translation>Aucun site n'a encore de géométrie polygonale ({n} sans géométrie) : vérifiez les géométries des couches (Vecteur &gt; Outils de géométrie &gt; Vérifier la validité).</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/sites.py" line="576"/>
        <source>The snapshot year &apos;{year}&apos; is not a year: give a year such as 2010.</source>
        <translation>L'année de référence « {year} » n'est pas une année : donnez une année comme 2010.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/sites.py" line="584"/>
        <source>No site had been designated by {year} (the earliest status year is {earliest}): choose a later snapshot year.</source>
        <translation>Aucun site n'avait été désigné en {year} (la plus ancienne année de statut est {earliest}) : choisissez une année de référence plus récente.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/sites.py" line="593"/>
        <source>{n} site(s) have no status year (0 or NULL) and were kept in the {year} snapshot: check their designation dates.</source>
        <translation>{n} site(s) n'ont pas d'année de statut (0 ou NULL) et ont été conservés dans l'état {year} : vérifiez leurs dates de désignation.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/solvers/greedy.py" line="188"/>
        <source>The greedy heuristic only solves minimum-set problems; use HiGHS or SciPy for {name}.</source>
        <translation>L'heuristique gloutonne ne résout que des problèmes d'ensemble minimal ; utilisez HiGHS ou SciPy pour {name}.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/targets.py" line="148"/>
        <source>There are {names} features but the amounts have {m} columns.</source>
        <translation>Il y a {names} éléments, mais les quantités ont {m} colonnes.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/targets.py" line="165"/>
        <source>The amounts have shape {shape}; give units x features or one total per feature.</source>
        <translation>Les quantités ont la forme {shape} ; donnez unités x éléments ou un total par élément.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/targets.py" line="178"/>
        <source>No {what} is given for feature &apos;{feature}&apos;: give one for every feature.</source>
        <translation>Aucune valeur « {what} » n'est donnée pour l'élément « {feature} » : donnez-en une pour chaque élément.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/targets.py" line="189"/>
        <source>There are {count} values of {what} for {m} features; give one per feature.</source>
        <translation>Il y a {count} valeurs « {what} » pour {m} éléments ; donnez-en une par élément.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/targets.py" line="201"/>
        <source>The {what} for feature &apos;{feature}&apos; is {value} %: give a percentage above 0 and at most 100.</source>
        <translation>La valeur « {what} » de l'élément « {feature} » est de {value} % : donnez un pourcentage supérieur à 0 et au plus égal à 100.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/targets.py" line="220"/>
        <source>The multiplier for season {season} is {value}; give a number of 0 or more.</source>
        <translation>Le multiplicateur de la saison {season} vaut {value} ; donnez un nombre supérieur ou égal à 0.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/targets.py" line="226"/>
        <source>Season multipliers were given but the features carry no season: use features with a season code (1 resident, 2 breeding, 3 non-breeding, 4 passage) or drop the multipliers.</source>
        <translation>Des multiplicateurs de saison ont été donnés, mais les éléments n'ont pas de saison : utilisez des éléments avec un code de saison (1 résident, 2 reproduction, 3 hivernage (non-reproduction), 4 passage) ou retirez les multiplicateurs.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/targets.py" line="262"/>
        <source>The {what} range-size target is {value} %: give a percentage above 0 and at most 100.</source>
        <translation>La cible « {what} » selon la taille de l'aire de répartition est de {value} % : donnez un pourcentage supérieur à 0 et au plus égal à 100.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/targets.py" line="271"/>
        <source>The range-size thresholds are {low} and {high} km2: give two positive areas, the first smaller.</source>
        <translation>Les seuils de taille d'aire de répartition sont {low} et {high} km2 : donnez deux surfaces positives, la première étant la plus petite.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/targets.py" line="278"/>
        <source>The target cap is {value} km2: give a positive area, or no cap.</source>
        <translation>Le plafond de cible est de {value} km2 : donnez une surface positive, ou aucun plafond.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/targets.py" line="294"/>
        <source>No global or flyway range area is given for species &apos;{species}&apos;: give one for every species, or none to use the areas inside the study area.</source>
        <translation>Aucune surface d'aire de répartition mondiale ou à l'échelle de la voie de migration n'est donnée pour l'espèce « {species} » : donnez-en une pour chaque espèce, ou aucune pour utiliser les surfaces à l'intérieur de la zone d'étude.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/targets.py" line="302"/>
        <source>range area</source>
        <translation>surface de l'aire de répartition</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/targets.py" line="306"/>
        <source>The range area of feature &apos;{feature}&apos; is {value} km2: give a positive area.</source>
        <translation>La surface de l'aire de répartition de l'élément « {feature} » est de {value} km2 : donnez une surface positive.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/targets.py" line="331"/>
        <source>The total amount of feature &apos;{feature}&apos; is {value}; amounts must be 0 or more.</source>
        <translation>La quantité totale de l'élément « {feature} » vaut {value} ; les quantités doivent être supérieures ou égales à 0.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/targets.py" line="339"/>
        <source>target percentage</source>
        <translation>pourcentage cible</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/targets.py" line="344"/>
        <source>target</source>
        <translation>cible</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/targets.py" line="348"/>
        <source>The target for feature &apos;{feature}&apos; is {value} km2: give 0 or more.</source>
        <translation>La cible de l'élément « {feature} » est de {value} km2 : donnez 0 ou plus.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/targets.py" line="369"/>
        <source>Unknown target rule {rule}: use relative, absolute or log-linear targets.</source>
        <translation>Règle de cible {rule} inconnue : utilisez des cibles relatives, absolues ou log-linéaires.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/tfca.py" line="57"/>
        <source>The TFCA ranking weights must be 0 or more and not all 0 (got {values}).</source>
        <translation>Les poids du classement des ACTF doivent être supérieurs ou égaux à 0 et pas tous nuls (reçu {values}).</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/tfca.py" line="212"/>
        <source>There are {count} {what} values for {n} planning units; give one per unit.</source>
        <translation>Il y a {count} valeurs « {what} » pour {n} unités de planification ; donnez-en une par unité.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/tfca.py" line="259"/>
        <source>The gap distance must be 0 or more metres (got {value}).</source>
        <translation>La distance d'écart doit être supérieure ou égale à 0 mètre (reçu {value}).</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/tfca.py" line="263"/>
        <source>selection frequency</source>
        <translation>fréquence de sélection</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/tfca.py" line="264"/>
        <source>irreplaceability</source>
        <translation>irremplaçabilité</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/tfca.py" line="280"/>
        <source>There are {count} country polygons for {n} country codes.</source>
        <translation>Il y a {count} polygones de pays pour {n} codes de pays.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/tfca.py" line="569"/>
        <source>The border buffer must be a positive distance in metres (got {value}).</source>
        <translation>La zone tampon frontalière doit être une distance positive en mètres (reçu {value}).</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/tfca.py" line="618"/>
        <source>The season &apos;{value}&apos; of feature {row} in &apos;{layer}&apos; is not an IUCN seasonal code (1-5) or label (e.g. breeding).</source>
        <translation>La saison « {value} » de l'élément {row} dans « {layer} » n'est ni un code de saisonnalité UICN (1-5) ni une étiquette (p. ex. breeding).</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/tracks.py" line="222"/>
        <source>The field &apos;{field}&apos; chosen for the {what} is not in &apos;{source}&apos;: choose one of {fields}.</source>
        <translation>Le champ « {field} » choisi pour « {what} » n'est pas dans « {source} » : choisissez l'un des champs {fields}.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/tracks.py" line="233"/>
        <source>&apos;{source}&apos; has no {what} field (looked for {candidates}): rename the column or choose it explicitly.</source>
        <translation>« {source} » n'a pas de champ « {what} » (noms cherchés : {candidates}) : renommez la colonne ou choisissez-la explicitement.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/tracks.py" line="400"/>
        <source>&apos;{source}&apos; has no fixes: choose a file or layer with GPS positions.</source>
        <translation>« {source} » ne contient aucune localisation : choisissez un fichier ou une couche avec des positions GPS.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/tracks.py" line="408"/>
        <source>The fix at {where} of &apos;{source}&apos; has no individual id: fill it in or remove the row.</source>
        <translation>La localisation ({where}) de « {source} » n'a pas d'identifiant d'individu : renseignez-le ou supprimez la ligne.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/tracks.py" line="610"/>
        <source>longitude</source>
        <translation>longitude</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/tracks.py" line="611"/>
        <source>latitude</source>
        <translation>latitude</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/tracks.py" line="422"/>
        <source>The fix at {where} of &apos;{source}&apos; has {axis} {value}, outside {low}..{high}: check that longitude and latitude are not swapped and are in degrees (WGS84).</source>
        <translation>La localisation ({where}) de « {source} » a une {axis} de {value}, hors de {low}..{high} : vérifiez que longitude et latitude ne sont pas inversées et qu'elles sont en degrés (WGS84).</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/tracks.py" line="439"/>
        <source>&apos;{source}&apos; has no fixes with a location: check the longitude/latitude.</source>
        <translation>« {source} » ne contient aucune localisation avec une position : vérifiez la longitude/latitude.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/tracks.py" line="477"/>
        <source>The timestamp &apos;{value}&apos; in field &apos;{field}&apos; at {where} of &apos;{source}&apos; cannot be read: write timestamps as {format} in UTC (ISO 8601 with T, Z or +hh:mm also works).</source>
        <translation>L'horodatage « {value} » du champ « {field} » ({where}) de « {source} » est illisible : écrivez les horodatages au format {format} en UTC (l'ISO 8601 avec T, Z ou +hh:mm fonctionne aussi).</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/tracks.py" line="579"/>
        <source>The tracking file &apos;{path}&apos; does not exist: choose an existing CSV file.</source>
        <translation>Le fichier de suivi « {path} » n'existe pas : choisissez un fichier CSV existant.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/tracks.py" line="602"/>
        <source>&apos;{source}&apos; is empty: choose a CSV file with a header row and fixes.</source>
        <translation>« {source} » est vide : choisissez un fichier CSV avec une ligne d'en-tête et des localisations.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/tracks.py" line="678"/>
        <source>individual id</source>
        <translation>identifiant d'individu</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/tracks.py" line="679"/>
        <source>timestamp</source>
        <translation>horodatage</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/tracks.py" line="269"/>
        <source>movement state</source>
        <translation>état de mouvement</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/tracks.py" line="620"/>
        <source>Line {line} of &apos;{source}&apos; has fewer columns than the header: check the delimiter and quoting.</source>
        <translation>La ligne {line} de « {source} » a moins de colonnes que l'en-tête : vérifiez le délimiteur et les guillemets.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/tracks.py" line="635"/>
        <source>line {line}</source>
        <translation>ligne {line}</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/tracks.py" line="644"/>
        <source>The value &apos;{value}&apos; in column &apos;{field}&apos; at {where} of &apos;{source}&apos; is not a number: use decimal degrees with a dot (e.g. 8.87).</source>
        <translation>La valeur « {value} » de la colonne « {field} » ({where}) de « {source} » n'est pas un nombre : utilisez des degrés décimaux avec un point (p. ex. 8.87).</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/qgis_io/sinks.py" line="45"/>
        <source>points</source>
        <translation>points</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/tracks.py" line="684"/>
        <source>Feature {fid} of &apos;{layer}&apos; is a multipoint with several points: one fix per feature is needed (Vector &gt; Geometry Tools &gt; Multipart to Singleparts).</source>
        <translation>L'entité {fid} de « {layer} » est un multipoint de plusieurs points : il faut une localisation par entité (Vecteur &gt; Outils de géométrie &gt; De morceaux multiples à morceaux uniques).</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/tracks.py" line="702"/>
        <source>feature {fid}</source>
        <translation>entité {fid}</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/tracks.py" line="952"/>
        <source>stopover radius (km)</source>
        <translation>rayon de halte (km)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/tracks.py" line="953"/>
        <source>minimum stopover duration (h)</source>
        <translation>durée minimale de halte (h)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/tracks.py" line="954"/>
        <source>stopovers</source>
        <translation>haltes migratoires</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/tracks.py" line="983"/>
        <source>The {what} must be greater than 0 (got {value}).</source>
        <translation>Le paramètre « {what} » doit être supérieur à 0 (reçu {value}).</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/tracks.py" line="1180"/>
        <source>The state mapping &apos;{part}&apos; cannot be read: write value=season pairs separated by &apos;;&apos;, e.g. fall migration=passage; wintering grounds=non-breeding.</source>
        <translation>La correspondance d'états « {part} » est illisible : écrivez des paires valeur=saison séparées par « ; », p. ex. fall migration=passage; wintering grounds=non-breeding.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/tracks.py" line="1207"/>
        <source>The date window &apos;{part}&apos; cannot be read: write season=start-end with day-of-year numbers, e.g. breeding=121-212; passage=213-304,60-120; non-breeding=305-59.</source>
        <translation>La fenêtre de dates « {part} » est illisible : écrivez saison=début-fin avec des numéros de jour de l'année, p. ex. breeding=121-212; passage=213-304,60-120; non-breeding=305-59.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/tracks.py" line="1230"/>
        <source>The {season} window {start}-{end} is not within day 1..366: use day-of-year numbers (1 = 1 January, 182 = 1 July).</source>
        <translation>La fenêtre « {season} » {start}-{end} n'est pas comprise entre les jours 1 et 366 : utilisez des numéros de jour de l'année (1 = 1er janvier, 182 = 1er juillet).</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/tracks.py" line="1241"/>
        <source>The {season} window {start}-{end} overlaps the {other} window: make the date windows disjoint.</source>
        <translation>La fenêtre « {season} » {start}-{end} chevauche la fenêtre « {other} » : faites en sorte que les fenêtres de dates soient disjointes.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/tracks.py" line="1325"/>
        <source>The migration &apos;{value}&apos; is unknown: use auto, autumn or spring.</source>
        <translation>La migration « {value} » est inconnue : utilisez auto, autumn ou spring.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/tracks.py" line="368"/>
        <source>movement</source>
        <translation>mouvement</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/tracks.py" line="1379"/>
        <source>range buffer (km)</source>
        <translation>zone tampon de l'aire (km)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/tracks.py" line="1380"/>
        <source>seasonal ranges</source>
        <translation>aires saisonnières</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/tracks.py" line="1419"/>
        <source>&apos;{source}&apos; has no movement-state field: choose the state field, or classify by movement or by dates.</source>
        <translation>« {source} » n'a pas de champ d'état de mouvement : choisissez le champ d'état, ou classez par mouvement ou par dates.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/tracks.py" line="1457"/>
        <source>no fix falls in a date window: check the windows</source>
        <translation>aucune localisation ne tombe dans une fenêtre de dates : vérifiez les fenêtres</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/tracks.py" line="1458"/>
        <source>no state value is mapped to a season: map the values</source>
        <translation>aucune valeur d'état n'est associée à une saison : associez les valeurs</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/tracks.py" line="1460"/>
        <source>No fix of &apos;{source}&apos; could be given a season: {hint}.</source>
        <translation>Aucune localisation de « {source} » n'a pu recevoir de saison : {hint}.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/vector.py" line="90"/>
        <source>The layer &apos;{layer}&apos; has no features: choose a layer with data.</source>
        <translation>La couche « {layer} » ne contient aucune entité : choisissez une couche avec des données.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/vector.py" line="104"/>
        <source>The layer &apos;{layer}&apos; has {kind} geometry (feature {fid}) but {expected} are needed: choose a {expected} layer.</source>
        <translation>La couche « {layer} » a une géométrie {kind} (entité {fid}), mais il faut des {expected} : choisissez une couche de {expected}.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/vector.py" line="131"/>
        <source>The layer &apos;{layer}&apos; lacks the field(s) {fields}: rename the fields or map them explicitly.</source>
        <translation>La couche « {layer} » n'a pas le(s) champ(s) {fields} : renommez les champs ou associez-les explicitement.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/frames.py" line="332"/>
        <source>species amounts</source>
        <translation>quantités d'espèces</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/marxan.py" line="282"/>
        <source>The unit id field &apos;{field}&apos; of &apos;{layer}&apos; has duplicates ({ids}): choose a field with one value per unit.</source>
        <translation>Le champ d'identifiant d'unité « {field} » de « {layer} » contient des doublons ({ids}) : choisissez un champ avec une valeur par unité.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/amounts.py" line="56"/>
        <source>Species amounts per planning unit</source>
        <translation>Quantités d'espèces par unité de planification</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/amounts.py" line="59"/>
        <source>The area (km2) of every feature (for example a species&apos; breeding range) inside every planning unit, by exact intersection in an equal-area CRS. Only non-zero amounts are written, one row per unit and feature, as in Marxan&apos;s puvspr.dat.

Feature name fields: the fields that name a feature, e.g. species and season from &apos;Prepare species ranges&apos;; empty uses the feature id. CRS: leave empty for Lambert azimuthal equal-area centred on the units; a geographic CRS is refused.</source>
        <translation>La surface (km2) de chaque élément (par exemple l'aire de reproduction d'une espèce) dans chaque unité de planification, par intersection exacte dans un CRS équivalent (à surfaces égales). Seules les quantités non nulles sont écrites, une ligne par unité et par élément, comme dans le puvspr.dat de Marxan.

Champs de nom d'élément : les champs qui nomment un élément, p. ex. l'espèce et la saison issues de « Préparer les aires de répartition des espèces » ; vide, l'identifiant d'entité est utilisé. CRS : laissez vide pour une projection azimutale équivalente de Lambert centrée sur les unités ; un CRS géographique est refusé.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/amounts.py" line="74"/>
        <source>Unit id field</source>
        <translation>Champ d'identifiant d'unité</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/amounts.py" line="82"/>
        <source>Features (species ranges)</source>
        <translation>Éléments (aires de répartition des espèces)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/amounts.py" line="87"/>
        <source>Feature name fields</source>
        <translation>Champs de nom d'élément</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/amounts.py" line="96"/>
        <source>Equal-area CRS</source>
        <translation>CRS équivalent (à surfaces égales)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/amounts.py" line="97"/>
        <source>Amounts</source>
        <translation>Quantités</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/amounts.py" line="126"/>
        <source>{n} non-zero amounts for {f} features.</source>
        <translation>{n} quantités non nulles pour {f} éléments.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/base.py" line="43"/>
        <source>Inputs</source>
        <translation>Données d'entrée</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/base.py" line="44"/>
        <source>Planning</source>
        <translation>Planification</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/base.py" line="45"/>
        <source>Connectivity</source>
        <translation>Connectivité</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/base.py" line="46"/>
        <source>TFCA and reports</source>
        <translation>ACTF et rapports</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/borders.py" line="36"/>
        <source>Shared land borders</source>
        <translation>Frontières terrestres communes</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/borders.py" line="39"/>
        <source>Lines where two of the chosen countries share a land border, with their length, in an equal-area CRS centred on the countries. A border is the part of one country&apos;s outline lying within the tolerance of the other country, so generalised layers whose common boundaries do not coincide exactly still give the border, and a sea crossing (such as the Strait of Gibraltar) is never a border.

Countries: ISO3 codes separated by commas. The border layer defaults to QGIS&apos;s world map; any country layer with an ISO3 field works (Natural Earth&apos;s -99 codes are resolved through ADM0_A3 / ISO_A3_EH). Tolerance: metres, 100 by default; raise it for coarse layers (e.g. 1,000 m for Natural Earth 1:110m).</source>
        <translation>Lignes où deux des pays choisis partagent une frontière terrestre, avec leur longueur, dans un CRS équivalent centré sur les pays. Une frontière est la partie du contour d'un pays située à moins de la tolérance de l'autre pays : des couches généralisées dont les limites communes ne coïncident pas exactement donnent quand même la frontière, et une traversée maritime (comme le détroit de Gibraltar) n'est jamais une frontière.

Pays : codes ISO3 séparés par des virgules. La couche de frontières est par défaut la carte du monde de QGIS ; toute couche de pays avec un champ ISO3 convient (les codes -99 de Natural Earth sont résolus via ADM0_A3 / ISO_A3_EH). Tolérance : en mètres, 100 par défaut ; augmentez-la pour les couches grossières (p. ex. 1 000 m pour Natural Earth 1:110m).</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/borders.py" line="65"/>
        <source>Tolerance (m)</source>
        <translation>Tolérance (m)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/borders.py" line="75"/>
        <source>Shared borders</source>
        <translation>Frontières communes</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/borders.py" line="108"/>
        <source>{n} shared border(s) among {k} countries.</source>
        <translation>{n} frontière(s) commune(s) entre {k} pays.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/qgis_io/postprocess.py" line="239"/>
        <source>The parameters could not be stored in the file&apos;s metadata ({error}); they are in the log above.</source>
        <translation>Les paramètres n'ont pas pu être enregistrés dans les métadonnées du fichier ({error}) ; ils figurent dans le journal ci-dessus.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/connectivity.py" line="92"/>
        <source>Connectivity indices and site importance (PC, IIC, dPC)</source>
        <translation>Indices de connectivité et importance des sites (PC, IIC, dPC)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/connectivity.py" line="123"/>
        <source>Sites (polygons)</source>
        <translation>Sites (polygones)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/connectivity.py" line="128"/>
        <source>Site attribute (empty: area in km2)</source>
        <translation>Attribut de site (vide : surface en km2)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/connectivity.py" line="137"/>
        <source>Distance between sites</source>
        <translation>Distance entre sites</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/connectivity.py" line="137"/>
        <source>Edge to edge</source>
        <translation>De bord à bord</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/connectivity.py" line="137"/>
        <source>Between centres (largest part)</source>
        <translation>Entre centres (plus grande partie)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/connectivity.py" line="145"/>
        <source>Median dispersal distance d (km)</source>
        <translation>Distance de dispersion médiane d (km)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/connectivity.py" line="154"/>
        <source>Dispersal probability at distance d</source>
        <translation>Probabilité de dispersion à la distance d</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/connectivity.py" line="578"/>
        <source>Drop links with a probability below (pij_min)</source>
        <translation>Supprimer les liens de probabilité inférieure à (pij_min)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/connectivity.py" line="586"/>
        <source>Longest link (km, empty: set by pij_min)</source>
        <translation>Lien le plus long (km, vide : fixé par pij_min)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/connectivity.py" line="182"/>
        <source>IIC link distance (km, empty: d)</source>
        <translation>Distance de lien de l'IIC (km, vide : d)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/connectivity.py" line="190"/>
        <source>Landscape area A_L (km2, empty: PC and IIC not normalised)</source>
        <translation>Surface du paysage A_L (km2, vide : PC et IIC non normalisés)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/connectivity.py" line="198"/>
        <source>Equal-area CRS (empty: Lambert azimuthal equal-area)</source>
        <translation>CRS équivalent (vide : azimutale équivalente de Lambert)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/connectivity.py" line="214"/>
        <source>Compute the importance of each site (dPC, dIIC)</source>
        <translation>Calculer l'importance de chaque site (dPC, dIIC)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/connectivity.py" line="219"/>
        <source>Sites with connectivity importance</source>
        <translation>Sites avec leur importance pour la connectivité</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/connectivity.py" line="226"/>
        <source>PCnum</source>
        <translation>PCnum</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/connectivity.py" line="226"/>
        <source>EC(PC), km2 or attribute units</source>
        <translation>EC(PC), km2 ou unités de l'attribut</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/connectivity.py" line="226"/>
        <source>PC (with a landscape area)</source>
        <translation>PC (avec une surface de paysage)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/connectivity.py" line="226"/>
        <source>PCintra (%)</source>
        <translation>PCintra (%)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/connectivity.py" line="226"/>
        <source>PCdirect (%)</source>
        <translation>PCdirect (%)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/connectivity.py" line="226"/>
        <source>PCstep (%)</source>
        <translation>PCstep (%)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/connectivity.py" line="226"/>
        <source>IICnum</source>
        <translation>IICnum</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/connectivity.py" line="226"/>
        <source>EC(IIC)</source>
        <translation>EC(IIC)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/connectivity.py" line="226"/>
        <source>IIC (with a landscape area)</source>
        <translation>IIC (avec une surface de paysage)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/connectivity.py" line="226"/>
        <source>Links (PC)</source>
        <translation>Liens (PC)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/connectivity.py" line="226"/>
        <source>Components (PC)</source>
        <translation>Composantes (PC)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/connectivity.py" line="290"/>
        <source>{n} sites, {links} links (PC), {comp} components.</source>
        <translation>{n} sites, {links} liens (PC), {comp} composantes.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/connectivity.py" line="293"/>
        <source>PCnum {pcnum:.6g}; EC(PC) {ec:.6g}; intra {intra:.2f} %, direct {direct:.2f} %, step {step:.2f} %.</source>
        <translation>PCnum {pcnum:.6g} ; EC(PC) {ec:.6g} ; intra {intra:.2f} %, direct {direct:.2f} %, step {step:.2f} %.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/connectivity.py" line="305"/>
        <source>IICnum {num:.6g}; EC(IIC) {ec:.6g}.</source>
        <translation>IICnum {num:.6g} ; EC(IIC) {ec:.6g}.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/connectivity.py" line="308"/>
        <source>PC {pc:.6g}; IIC {iic:.6g} (A_L = {area:g} km2).</source>
        <translation>PC {pc:.6g} ; IIC {iic:.6g} (A_L = {area:g} km2).</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/connectivity.py" line="332"/>
        <source>Parameters: {params}</source>
        <translation>Paramètres : {params}</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/connectivity.py" line="354"/>
        <source>Connectivity importance of sites</source>
        <translation>Importance des sites pour la connectivité</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/connectivity.py" line="470"/>
        <source>&apos;{token}&apos; in the {what} is not a number: write e.g. 1, 10, 100.</source>
        <translation>« {token} » dans « {what} » n'est pas un nombre : écrivez p. ex. 1, 10, 100.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/connectivity.py" line="476"/>
        <source>The {what} must be positive numbers (got {token}).</source>
        <translation>Les valeurs « {what} » doivent être des nombres positifs (reçu {token}).</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/connectivity.py" line="510"/>
        <source>ProtConn: protected and connected land (GBF Target 3)</source>
        <translation>ProtConn : terres protégées et connectées (cible 3 du CMB)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/connectivity.py" line="513"/>
        <source>ProtConn is the percentage of a country&apos;s land that is protected and connected (Saura et al. 2017, 2018), the indicator of GBF Target 3 (30 % by 2030), computed here as the JRC DOPA computes it.

Protected areas: a WDPA download (polygons and points) or any site layer. WDPA layers are filtered as DOPA does: designated, inscribed and established sites; UNESCO-MAB Biosphere Reserves left out; points drawn as circles of their reported area; overlaps dissolved.

Countries: ISO3 codes (e.g. BFA,NER,MLI) in QGIS&apos;s world map or your border layer. Protected areas in neighbouring countries within the transboundary buffer count as stepping stones (they help movement between your country&apos;s protected areas but add no area).

Results per country and dispersal distance (1, 10 and 100 km as in DOPA): ProtConn, Prot (coverage), ProtUnconn, RelConn, ProtConn[Bound] (corrected for islands and borders), and where the connectivity comes from: [Prot] movement inside protected land ([Within] single sites, [Contig] adjacent sites), [Unprot] across unprotected land, [Trans] through foreign protected areas, in % of ProtConn and (the _land columns) in % of the country. The neighbours table says which neighbour supplies how much of [Trans]. Optional: each protected area&apos;s dProtConn (connectivity lost without it) and a time series by designation year (STATUS_YR) against the 30 % line. Every parameter is in the table columns and the layers&apos; metadata.</source>
        <translation>ProtConn est le pourcentage des terres d'un pays qui sont protégées et connectées (Saura et al. 2017, 2018), l'indicateur de la cible 3 du Cadre mondial de la biodiversité (CMB) (30 % d'ici 2030), calculé ici comme le calcule le DOPA du JRC.

Aires protégées : un téléchargement de la WDPA (polygones et points) ou toute couche de sites. Les couches WDPA sont filtrées comme le fait le DOPA : sites désignés, inscrits et établis ; réserves de biosphère UNESCO-MAB exclues ; points dessinés comme des cercles de leur surface déclarée ; chevauchements fusionnés.

Pays : codes ISO3 (p. ex. BFA,NER,MLI) dans la carte du monde de QGIS ou votre couche de frontières. Les aires protégées des pays voisins situées dans la zone tampon transfrontalière comptent comme relais (elles facilitent les déplacements entre les aires protégées de votre pays, mais n'ajoutent aucune surface).

Résultats par pays et par distance de dispersion (1, 10 et 100 km comme dans le DOPA) : ProtConn, Prot (couverture), ProtUnconn, RelConn, ProtConn[Bound] (corrigé pour les îles et les frontières), et l'origine de la connectivité : [Prot] déplacements à l'intérieur des terres protégées ([Within] sites isolés, [Contig] sites adjacents), [Unprot] à travers des terres non protégées, [Trans] à travers des aires protégées étrangères, en % de ProtConn et (colonnes _land) en % du pays. La table des voisins indique quel voisin fournit quelle part de [Trans]. En option : le dProtConn de chaque aire protégée (connectivité perdue sans elle) et une série temporelle par année de désignation (STATUS_YR) comparée à la ligne des 30 %. Tous les paramètres figurent dans les colonnes de la table et dans les métadonnées des couches.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/connectivity.py" line="538"/>
        <source>Protected areas (WDPA polygons and points, or any site layer)</source>
        <translation>Aires protégées (polygones et points WDPA, ou toute couche de sites)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/connectivity.py" line="545"/>
        <source>Country ISO3 codes (comma separated)</source>
        <translation>Codes ISO3 des pays (séparés par des virgules)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/connectivity.py" line="548"/>
        <source>Border layer (empty: QGIS&apos;s world map)</source>
        <translation>Couche de frontières (vide : carte du monde de QGIS)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/connectivity.py" line="556"/>
        <source>Median dispersal distances (km)</source>
        <translation>Distances de dispersion médianes (km)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/connectivity.py" line="561"/>
        <source>Transboundary buffer (km)</source>
        <translation>Zone tampon transfrontalière (km)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/connectivity.py" line="570"/>
        <source>Dispersal probability at the median distance</source>
        <translation>Probabilité de dispersion à la distance médiane</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/inputs.py" line="338"/>
        <source>Include proposed sites (WDPA)</source>
        <translation>Inclure les sites proposés (WDPA)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/inputs.py" line="338"/>
        <source>Include UNESCO-MAB Biosphere Reserves</source>
        <translation>Inclure les réserves de biosphère UNESCO-MAB</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/connectivity.py" line="603"/>
        <source>Snapshot year (optional: sites designated by then)</source>
        <translation>Année de référence (facultatif : sites désignés à cette date)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/connectivity.py" line="614"/>
        <source>ProtConn</source>
        <translation>ProtConn</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/connectivity.py" line="617"/>
        <source>ProtConn[Trans] by neighbour</source>
        <translation>ProtConn[Trans] par voisin</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/connectivity.py" line="622"/>
        <source>Protected areas with dProtConn</source>
        <translation>Aires protégées avec dProtConn</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/connectivity.py" line="631"/>
        <source>ProtConn by year (time series)</source>
        <translation>ProtConn par année (série temporelle)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/connectivity.py" line="640"/>
        <source>ProtConn of the first row</source>
        <translation>ProtConn de la première ligne</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/connectivity.py" line="641"/>
        <source>Prot of the first row</source>
        <translation>Prot de la première ligne</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/connectivity.py" line="656"/>
        <source>No protected-area layer was given: choose the WDPA or a site layer.</source>
        <translation>Aucune couche d'aires protégées n'a été fournie : choisissez la WDPA ou une couche de sites.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/connectivity.py" line="666"/>
        <source>dispersal distances</source>
        <translation>distances de dispersion</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/connectivity.py" line="719"/>
        <source>{iso3}, d = {d:g} km: ProtConn {pc:.2f} % of {area:,.0f} km2 (Prot {prot:.2f} %, ProtConn[Bound] {bound}); [Prot] {p:.1f} %, [Trans] {t:.1f} %, [Unprot] {u:.1f} % of ProtConn; target {target:g} % {met}.</source>
        <translation>{iso3}, d = {d:g} km : ProtConn {pc:.2f} % de {area:,.0f} km2 (Prot {prot:.2f} %, ProtConn[Bound] {bound}) ; [Prot] {p:.1f} %, [Trans] {t:.1f} %, [Unprot] {u:.1f} % de ProtConn ; cible {target:g} % {met}.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/connectivity.py" line="719"/>
        <source>met</source>
        <translation>atteinte</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/connectivity.py" line="719"/>
        <source>not met</source>
        <translation>non atteinte</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/connectivity.py" line="744"/>
        <source>ProtConn (Saura et al. 2017, 2018) as the JRC DOPA computes it.</source>
        <translation>ProtConn (Saura et al. 2017, 2018), calculé comme le fait le DOPA du JRC.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/corridors.py" line="69"/>
        <source>Parameters that shape these results:</source>
        <translation>Paramètres qui déterminent ces résultats :</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/corridors.py" line="101"/>
        <source>Least-cost corridors between core areas</source>
        <translation>Corridors de moindre coût entre zones noyaux</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/corridors.py" line="132"/>
        <source>Core areas (polygons)</source>
        <translation>Zones noyaux (polygones)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/corridors.py" line="137"/>
        <source>Core id field (empty: feature id)</source>
        <translation>Champ d'identifiant des zones noyaux (vide : identifiant d'entité)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/corridors.py" line="145"/>
        <source>Resistance raster</source>
        <translation>Raster de résistance</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/corridors.py" line="148"/>
        <source>Band</source>
        <translation>Bande</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/corridors.py" line="153"/>
        <source>Corridor width (cost units: resistance x metres)</source>
        <translation>Largeur du corridor (unités de coût : résistance x mètres)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/corridors.py" line="163"/>
        <source>Link each core to its k nearest cores (0: all)</source>
        <translation>Relier chaque zone noyau à ses k zones noyaux les plus proches (0 : toutes)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/corridors.py" line="183"/>
        <source>Maximum cost distance of a link (cost units, 0: no limit)</source>
        <translation>Distance de coût maximale d'un lien (unités de coût, 0 : pas de limite)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/corridors.py" line="193"/>
        <source>Drop links whose path crosses another core</source>
        <translation>Supprimer les liens dont le chemin traverse une autre zone noyau</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/corridors.py" line="198"/>
        <source>Current flow in the corridors (pinch points)</source>
        <translation>Flux de courant dans les corridors (points d'étranglement)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/corridors.py" line="203"/>
        <source>Current flow between</source>
        <translation>Flux de courant entre</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/corridors.py" line="203"/>
        <source>8 neighbouring cells</source>
        <translation>8 cellules voisines</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/corridors.py" line="203"/>
        <source>4 neighbouring cells</source>
        <translation>4 cellules voisines</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/corridors.py" line="211"/>
        <source>Corridor links (least-cost paths)</source>
        <translation>Liens de corridor (chemins de moindre coût)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/corridors.py" line="216"/>
        <source>Corridor raster</source>
        <translation>Raster des corridors</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/corridors.py" line="219"/>
        <source>Corridor polygons</source>
        <translation>Polygones des corridors</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/corridors.py" line="228"/>
        <source>Current density (pinch points)</source>
        <translation>Densité de courant (points d'étranglement)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/corridors.py" line="236"/>
        <source>Corridor links</source>
        <translation>Liens de corridor</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/corridors.py" line="242"/>
        <source>Choose a core-area layer and a resistance raster.</source>
        <translation>Choisissez une couche de zones noyaux et un raster de résistance.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/corridors.py" line="266"/>
        <source>Resistance raster &apos;{name}&apos;: {rows} x {cols} cells.</source>
        <translation>Raster de résistance « {name} » : {rows} x {cols} cellules.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/corridors.py" line="296"/>
        <source>{links} links kept of {pairs} pairs considered ({unreachable} unreachable, {costly} over the maximum cost, {through} through another core).</source>
        <translation>{links} liens conservés sur {pairs} paires examinées ({unreachable} inaccessibles, {costly} au-delà du coût maximal, {through} traversant une autre zone noyau).</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/corridors.py" line="308"/>
        <source>Least-cost corridors (cmsconnectivity:corridors)</source>
        <translation>Corridors de moindre coût (cmsconnectivity:corridors)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/corridors.py" line="341"/>
        <source>No current-density raster: tick &apos;Current flow in the corridors&apos; to compute it.</source>
        <translation>Pas de raster de densité de courant : cochez « Flux de courant dans les corridors » pour le calculer.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/corridors.py" line="375"/>
        <source>Flyway network and critical sites</source>
        <translation>Réseau de voie de migration et sites critiques</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/corridors.py" line="407"/>
        <source>Sites (points or polygons) with a role field</source>
        <translation>Sites (points ou polygones) avec un champ de rôle</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/corridors.py" line="423"/>
        <source>Site id field (empty: feature id)</source>
        <translation>Champ d'identifiant de site (vide : identifiant d'entité)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/corridors.py" line="431"/>
        <source>Weight field, e.g. birds (empty: 1 per site)</source>
        <translation>Champ de poids, p. ex. oiseaux (vide : 1 par site)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/corridors.py" line="440"/>
        <source>...or a Movebank CSV of tracks (.csv or .csv.gz)</source>
        <translation>...ou un CSV Movebank de trajectoires (.csv ou .csv.gz)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/tracks.py" line="91"/>
        <source>CSV files (*.csv *.csv.gz *.gz *.txt);;All files (*.*)</source>
        <translation>Fichiers CSV (*.csv *.csv.gz *.gz *.txt);;Tous les fichiers (*.*)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/corridors.py" line="448"/>
        <source>Stopover radius for tracks (km)</source>
        <translation>Rayon de halte pour les trajectoires (km)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/corridors.py" line="458"/>
        <source>Minimum stopover duration for tracks (h)</source>
        <translation>Durée minimale de halte pour les trajectoires (h)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/corridors.py" line="468"/>
        <source>Maximum hop between sites (km)</source>
        <translation>Saut maximal entre sites (km)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/corridors.py" line="478"/>
        <source>Distance</source>
        <translation>Distance</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/corridors.py" line="478"/>
        <source>great-circle</source>
        <translation>orthodromique (grand cercle)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/corridors.py" line="478"/>
        <source>equal-area (straight line in LAEA)</source>
        <translation>équivalente (ligne droite en LAEA)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/corridors.py" line="486"/>
        <source>Minimum progress per hop (km)</source>
        <translation>Progression minimale par saut (km)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/corridors.py" line="496"/>
        <source>Weight breeding sites by the weight field</source>
        <translation>Pondérer les sites de reproduction par le champ de poids</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/corridors.py" line="509"/>
        <source>Share of a site covered to count as protected</source>
        <translation>Part d'un site couverte pour qu'il compte comme protégé</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/corridors.py" line="520"/>
        <source>Flyway sites</source>
        <translation>Sites de la voie de migration</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/corridors.py" line="525"/>
        <source>Flyway links</source>
        <translation>Liens de la voie de migration</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/corridors.py" line="530"/>
        <source>Critical sites</source>
        <translation>Sites critiques</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/corridors.py" line="536"/>
        <source>Give either a site layer with a role field or a Movebank CSV of tracks (one of the two).</source>
        <translation>Fournissez soit une couche de sites avec un champ de rôle, soit un CSV Movebank de trajectoires (l'un des deux).</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/corridors.py" line="562"/>
        <source>Read {n} fixes of {k} individuals from &apos;{source}&apos;.</source>
        <translation>{n} localisations de {k} individus lues depuis « {source} ».</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/corridors.py" line="604"/>
        <source>{connected} of {breeding} breeding sites reach a non-breeding site; {n} critical site(s): {ids}.</source>
        <translation>{connected} des {breeding} sites de reproduction atteignent un site d'hivernage ; {n} site(s) critique(s) : {ids}.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/corridors.py" line="616"/>
        <source>Some breeding sites reach no non-breeding site within {hop:g} km hops: increase the maximum hop or add the missing stopovers.</source>
        <translation>Certains sites de reproduction n'atteignent aucun site d'hivernage par sauts de {hop:g} km : augmentez le saut maximal ou ajoutez les haltes manquantes.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/corridors.py" line="626"/>
        <source>Flyway network (cmsconnectivity:flywaynetwork)</source>
        <translation>Réseau de voie de migration (cmsconnectivity:flywaynetwork)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/exportmaps.py" line="55"/>
        <source>Export maps (overview and TFCA candidate atlas)</source>
        <translation>Exporter les cartes (vue d'ensemble et atlas des candidates ACTF)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/exportmaps.py" line="61"/>
        <source>Makes the maps to hand over: an A4 landscape overview (PDF and PNG) of the network and TFCA candidates, and an A4 portrait page per TFCA candidate (one multi-page PDF, and one PNG per candidate) with a locator map and the candidate&apos;s key figures (countries, area per country, share already protected, species).

Give the GeoPackage of a run, or the layers one by one (a layer given here wins over the GeoPackage&apos;s). The pages come from the templates in resources/layouts/; with &apos;Add the layouts to the project&apos; they also appear in the Layout Manager, to edit in the Layout Designer. Runs on the main thread.</source>
        <translation>Produit les cartes à remettre : une vue d'ensemble A4 paysage (PDF et PNG) du réseau et des candidates ACTF, et une page A4 portrait par candidate ACTF (un PDF multipage et un PNG par candidate) avec une carte de localisation et les chiffres clés de la candidate (pays, surface par pays, part déjà protégée, espèces).

Fournissez le GeoPackage d'une exécution, ou les couches une par une (une couche indiquée ici l'emporte sur celle du GeoPackage). Les pages proviennent des modèles de resources/layouts/ ; avec « Ajouter les mises en page au projet », elles apparaissent aussi dans le gestionnaire de mises en page, pour être modifiées dans le concepteur de mise en page. S'exécute dans le fil principal.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/exportmaps.py" line="74"/>
        <source>GeoPackage of a run</source>
        <translation>GeoPackage d'une exécution</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/exportmaps.py" line="90"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/exportmaps.py" line="97"/>
        <source>Data sources and licences</source>
        <translation>Sources des données et licences</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/exportmaps.py" line="102"/>
        <source>Add the layouts to the project</source>
        <translation>Ajouter les mises en page au projet</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/package.py" line="109"/>
        <source>Overview map (PDF)</source>
        <translation>Carte d'ensemble (PDF)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/exportmaps.py" line="111"/>
        <source>Overview map (PNG)</source>
        <translation>Carte d'ensemble (PNG)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/exportmaps.py" line="112"/>
        <source>TFCA candidate atlas (PDF)</source>
        <translation>Atlas des candidates ACTF (PDF)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/exportmaps.py" line="113"/>
        <source>TFCA candidate pages (PNG)</source>
        <translation>Pages des candidates ACTF (PNG)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/exportmaps.py" line="116"/>
        <source>Number of candidate pages</source>
        <translation>Nombre de pages de candidates</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/exportmaps.py" line="128"/>
        <source>Give the GeoPackage of a run or at least one layer to map.</source>
        <translation>Fournissez le GeoPackage d'une exécution ou au moins une couche à cartographier.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/exportmaps.py" line="148"/>
        <source>Exporting the overview map…</source>
        <translation>Export de la carte d'ensemble…</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/exportmaps.py" line="169"/>
        <source>No TFCA candidate to map: no cluster of selected sites spans two or more countries. Only the overview map was exported.</source>
        <translation>Aucune candidate ACTF à cartographier : aucun groupe de sites sélectionnés ne s'étend sur deux pays ou plus. Seule la carte d'ensemble a été exportée.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/exportmaps.py" line="178"/>
        <source>Exporting one page per TFCA candidate…</source>
        <translation>Export d'une page par candidate ACTF…</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/exportmaps.py" line="203"/>
        <source>GeoPackage not found: {path}.</source>
        <translation>GeoPackage introuvable : {path}.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/exportmaps.py" line="216"/>
        <source>{path} holds none of the layers of a run.</source>
        <translation>{path} ne contient aucune des couches d'une exécution.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/inputs.py" line="152"/>
        <source>Prepare species ranges</source>
        <translation>Préparer les aires de répartition des espèces</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/inputs.py" line="155"/>
        <source>Turns species range maps into planning features: one polygon per species and season.

Layers: one or several polygon layers, each with one species or many. The fields are recognised automatically for IUCN Red List (binomial, presence, origin, seasonal), BirdLife (SCINAME, PRESENCE, ORIGIN, SEASONAL), NatureServe (SCI_NAME, ORIGIN) and eBird Status &amp; Trends (scientific_name, season) files. For any other layer, type the name of the species field (and, if the layer has them, the presence, origin and seasonal fields).

Codes to keep follow the IUCN Red List: presence 1 extant, 2 probably extant (3 possibly extant, 4 possibly extinct, 5 extinct, 6 uncertain); origin 1 native, 2 reintroduced (3 introduced, 4 vagrant, 5 uncertain, 6 assisted colonisation); seasonal 1 resident, 2 breeding, 3 non-breeding, 4 passage (5 uncertain). Write them separated by commas, e.g. 1,2 or 1-4. A resident range counts in every season of its species.

Invalid geometries are repaired; features with unknown codes are dropped and listed in the log. Give a study area to be warned about species that do not occur in it.</source>
        <translation>Transforme des cartes d'aires de répartition d'espèces en éléments de planification : un polygone par espèce et par saison.

Couches : une ou plusieurs couches de polygones, chacune avec une ou plusieurs espèces. Les champs sont reconnus automatiquement pour les fichiers de la Liste rouge de l'UICN (binomial, presence, origin, seasonal), de BirdLife (SCINAME, PRESENCE, ORIGIN, SEASONAL), de NatureServe (SCI_NAME, ORIGIN) et d'eBird Status &amp; Trends (scientific_name, season). Pour toute autre couche, saisissez le nom du champ d'espèce (et, si la couche les possède, les champs de présence, d'origine et de saisonnalité).

Les codes à conserver suivent la Liste rouge de l'UICN : présence 1 existante, 2 probablement existante (3 possiblement existante, 4 possiblement éteinte, 5 éteinte, 6 incertaine) ; origine 1 indigène, 2 réintroduite (3 introduite, 4 erratique, 5 incertaine, 6 colonisation assistée) ; saisonnalité 1 résidente, 2 reproduction, 3 hivernage (non-reproduction), 4 passage (5 incertaine). Écrivez-les séparés par des virgules, p. ex. 1,2 ou 1-4. Une aire de résidence compte dans chaque saison de son espèce.

Les géométries invalides sont réparées ; les entités aux codes inconnus sont écartées et listées dans le journal. Indiquez une zone d'étude pour être averti des espèces qui n'y sont pas présentes.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/inputs.py" line="187"/>
        <source>Range layers</source>
        <translation>Couches d'aires de répartition</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/inputs.py" line="192"/>
        <source>Species field (only if not recognised)</source>
        <translation>Champ d'espèce (seulement s'il n'est pas reconnu)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/inputs.py" line="192"/>
        <source>Presence field (optional)</source>
        <translation>Champ de présence (facultatif)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/inputs.py" line="192"/>
        <source>Origin field (optional)</source>
        <translation>Champ d'origine (facultatif)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/inputs.py" line="192"/>
        <source>Seasonal field (optional)</source>
        <translation>Champ de saisonnalité (facultatif)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/inputs.py" line="199"/>
        <source>Presence codes to keep</source>
        <translation>Codes de présence à conserver</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/inputs.py" line="199"/>
        <source>Origin codes to keep</source>
        <translation>Codes d'origine à conserver</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/inputs.py" line="199"/>
        <source>Seasonal codes to keep</source>
        <translation>Codes de saisonnalité à conserver</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/inputs.py" line="355"/>
        <source>Target CRS (default: the first layer&apos;s)</source>
        <translation>CRS cible (par défaut : celui de la première couche)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/inputs.py" line="210"/>
        <source>Study area (optional, to warn about species outside it)</source>
        <translation>Zone d'étude (facultatif, pour signaler les espèces qui en sont absentes)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/inputs.py" line="218"/>
        <source>Species-season ranges</source>
        <translation>Aires de répartition par espèce et saison</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/qgis_io/layouts.py" line="967"/>
        <source>Species-season features</source>
        <translation>Éléments espèce-saison</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/inputs.py" line="305"/>
        <source>Prepare sites (protected areas, KBAs, Ramsar sites)</source>
        <translation>Préparer les sites (aires protégées, KBA, sites Ramsar)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/inputs.py" line="308"/>
        <source>Combines site layers into one table of sites, ready for planning and connectivity.

WDPA layers (from protectedplanet.net, polygons or points) are read as the JRC DOPA prepares them for ProtConn: only designated, inscribed and established sites are kept (tick the boxes to add proposed or not-reported ones); UNESCO-MAB Biosphere Reserves are left out unless ticked; a point site becomes a circle with its reported area (REP_AREA, km2), and points without an area are dropped. Parcels sharing a WDPAID become one site.

Any other polygon layer (Key Biodiversity Areas, Ramsar sites, Important Bird Areas, your own drawing) works too: the site name is taken from a field such as NAME or name_en, or from the field you type.

Snapshot year: keep only sites designated in or before that year (STATUS_YR); sites without a year are kept and counted. The optional network output dissolves overlapping sites so that no area counts twice.</source>
        <translation>Réunit des couches de sites en une seule table de sites, prête pour la planification et la connectivité.

Les couches WDPA (de protectedplanet.net, polygones ou points) sont lues comme le DOPA du JRC les prépare pour ProtConn : seuls les sites désignés, inscrits et établis sont conservés (cochez les cases pour ajouter les sites proposés ou non déclarés) ; les réserves de biosphère UNESCO-MAB sont exclues sauf si la case est cochée ; un site ponctuel devient un cercle de sa surface déclarée (REP_AREA, km2), et les points sans surface sont écartés. Les parcelles partageant un WDPAID forment un seul site.

Toute autre couche de polygones (zones clés pour la biodiversité (KBA), sites Ramsar, zones importantes pour la conservation des oiseaux, vos propres dessins) convient aussi : le nom du site est pris dans un champ comme NAME ou name_en, ou dans le champ que vous indiquez.

Année de référence : ne garder que les sites désignés cette année-là ou avant (STATUS_YR) ; les sites sans année sont conservés et comptés. La sortie facultative de réseau fusionne les sites qui se chevauchent pour qu'aucune surface ne compte deux fois.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/inputs.py" line="326"/>
        <source>Site layers (polygons or points)</source>
        <translation>Couches de sites (polygones ou points)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/inputs.py" line="333"/>
        <source>Name field (optional, default: detected)</source>
        <translation>Champ de nom (facultatif, par défaut : détecté)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/inputs.py" line="338"/>
        <source>Include sites with status &apos;Not Reported&apos; (WDPA)</source>
        <translation>Inclure les sites au statut « Not Reported » (WDPA)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/inputs.py" line="344"/>
        <source>Snapshot year (optional)</source>
        <translation>Année de référence (facultatif)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/inputs.py" line="374"/>
        <source>Sites</source>
        <translation>Sites</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/inputs.py" line="365"/>
        <source>Dissolved network</source>
        <translation>Réseau fusionné</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/inputs.py" line="414"/>
        <source>Dissolved network: {n} parts, {area:.1f} km2.</source>
        <translation>Réseau fusionné : {n} parties, {area:.1f} km2.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/base.py" line="47"/>
        <source>Marxan</source>
        <translation>Marxan</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/marxan.py" line="63"/>
        <source>The {what} of feature {row} in &apos;{layer}&apos; is &apos;{value}&apos;: Marxan needs whole numbers; choose an integer id field, or leave it empty to use feature ids.</source>
        <translation>La valeur « {what} » de l'entité {row} dans « {layer} » est « {value} » : Marxan nécessite des nombres entiers ; choisissez un champ d'identifiant entier, ou laissez vide pour utiliser les identifiants d'entité.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/marxan.py" line="123"/>
        <source>Import Marxan project</source>
        <translation>Importer un projet Marxan</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/marxan.py" line="126"/>
        <source>Reads a Marxan project (its input.dat and the pu.dat it names) and gives one row per planning unit with its id (puid), cost and status (0 free, 1 initial, 2 locked in, 3 locked out). If the project&apos;s output folder holds the results of a run (Marxan&apos;s or &apos;Solve Marxan project&apos;), the best solution (solution: 1 = selected), the summed solution (number of runs selecting the unit) and the selection frequency (number / runs) are added.

Give the planning-unit polygons and their id field to get a map: the polygons come out with these fields joined by id (fields already present get the suffix _mx). Without polygons the result is a table. Use it to map Marxan results or to check a project before solving it.</source>
        <translation>Lit un projet Marxan (son input.dat et le pu.dat qu'il désigne) et donne une ligne par unité de planification avec son identifiant (puid), son coût et son statut (0 libre, 1 initiale, 2 verrouillée, 3 exclue). Si le dossier de sortie du projet contient les résultats d'une exécution (de Marxan ou de « Résoudre un projet Marxan »), la meilleure solution (solution : 1 = sélectionnée), la solution cumulée (nombre d'exécutions sélectionnant l'unité) et la fréquence de sélection (nombre / exécutions) sont ajoutées.

Fournissez les polygones des unités de planification et leur champ d'identifiant pour obtenir une carte : les polygones sortent avec ces champs joints par identifiant (les champs déjà présents reçoivent le suffixe _mx). Sans polygones, le résultat est une table. Utilisez-le pour cartographier les résultats de Marxan ou pour vérifier un projet avant de le résoudre.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/solve.py" line="61"/>
        <source>Marxan input file (input.dat)</source>
        <translation>Fichier d'entrée Marxan (input.dat)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/solve.py" line="61"/>
        <source>Marxan input files (*.dat);;All files (*.*)</source>
        <translation>Fichiers d'entrée Marxan (*.dat);;Tous les fichiers (*.*)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/marxan.py" line="147"/>
        <source>Planning-unit polygons (optional)</source>
        <translation>Polygones des unités de planification (facultatif)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/marxan.py" line="155"/>
        <source>Planning-unit id field (the id of pu.dat)</source>
        <translation>Champ d'identifiant des unités de planification (l'identifiant de pu.dat)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/marxan.py" line="163"/>
        <source>Marxan planning units</source>
        <translation>Unités de planification Marxan</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/marxan.py" line="177"/>
        <source>Choose the id field of the planning-unit polygons: the field holding the ids of pu.dat.</source>
        <translation>Choisissez le champ d'identifiant des polygones des unités de planification : le champ qui contient les identifiants de pu.dat.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/marxan.py" line="198"/>
        <source>{n} planning units read; result fields: {fields}.</source>
        <translation>{n} unités de planification lues ; champs du résultat : {fields}.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/marxan.py" line="240"/>
        <source>{matched} of {total} polygons matched a planning unit of pu.dat.</source>
        <translation>{matched} des {total} polygones correspondent à une unité de planification de pu.dat.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/marxan.py" line="246"/>
        <source>{count} polygon(s) have an id that is not in pu.dat; their Marxan fields are empty.</source>
        <translation>{count} polygone(s) ont un identifiant absent de pu.dat ; leurs champs Marxan sont vides.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/marxan.py" line="254"/>
        <source>{count} planning unit(s) of pu.dat have no polygon.</source>
        <translation>{count} unité(s) de planification de pu.dat n'ont pas de polygone.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/marxan.py" line="277"/>
        <source>id</source>
        <translation>identifiant</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/marxan.py" line="293"/>
        <source>planning-unit areas</source>
        <translation>surfaces des unités de planification</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/marxan.py" line="300"/>
        <source>status</source>
        <translation>statut</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/marxan.py" line="303"/>
        <source>The status of planning unit {id} is {value}: use 0 (free), 1 (initial), 2 (locked in) or 3 (locked out).</source>
        <translation>Le statut de l'unité de planification {id} vaut {value} : utilisez 0 (libre), 1 (initiale), 2 (verrouillée) ou 3 (exclue).</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/marxan.py" line="314"/>
        <source>The amounts table &apos;{layer}&apos; has no field &apos;{field}&apos;: choose one of {fields}.</source>
        <translation>La table des quantités « {layer} » n'a pas de champ « {field} » : choisissez l'un des champs {fields}.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/marxan.py" line="319"/>
        <source>unit id</source>
        <translation>identifiant d'unité</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/marxan.py" line="334"/>
        <source>The amounts table names unit {id}, which is not among the planning units&apos; ids: use the same unit id field as when the amounts were computed.</source>
        <translation>La table des quantités cite l'unité {id}, qui ne fait pas partie des identifiants des unités de planification : utilisez le même champ d'identifiant d'unité que lors du calcul des quantités.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/marxan.py" line="342"/>
        <source>The amounts table &apos;{layer}&apos; is empty: compute the species amounts first.</source>
        <translation>La table des quantités « {layer} » est vide : calculez d'abord les quantités d'espèces.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/marxan.py" line="351"/>
        <source>A BLM of {blm} needs the boundary file: tick &apos;Write bound.dat&apos; or set BLM 0.</source>
        <translation>Un BLM de {blm} nécessite le fichier de bordures : cochez « Écrire bound.dat » ou mettez le BLM à 0.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/marxan.py" line="398"/>
        <source>Export Marxan project</source>
        <translation>Exporter un projet Marxan</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/marxan.py" line="401"/>
        <source>Writes planning units and species amounts as a Marxan project: input.dat and, in the input folder, pu.dat (id, cost, status, xloc, yloc), spec.dat (id, prop, spf, name), puvspr.dat (species, pu, amount) and bound.dat (id1, id2, boundary). The project opens in Marxan, prioritizr, CLUZ and &apos;Solve Marxan project&apos;.

Planning units: polygons with an integer id field (empty: feature ids), an optional cost field (empty: the unit&apos;s area in km2) and an optional status field (0 free, 2 locked in e.g. existing protected areas, 3 locked out). Amounts: the table made by &apos;Species amounts per planning unit&apos; (unit_id, feature, amount_km2). Target: the percentage of each feature&apos;s total amount to protect (30 % = GBF Target 3), written as Marxan&apos;s prop. BLM: boundary length modifier, in cost per km of edge (0 ignores compactness); boundary lengths are measured in km in an equal-area projection, and edges on the study-area outline are written as the unit&apos;s own (id1 = id2) row. Feature names lose spaces and separators, which Marxan cannot read.</source>
        <translation>Écrit les unités de planification et les quantités d'espèces sous forme de projet Marxan : input.dat et, dans le dossier d'entrée, pu.dat (id, cost, status, xloc, yloc), spec.dat (id, prop, spf, name), puvspr.dat (species, pu, amount) et bound.dat (id1, id2, boundary). Le projet s'ouvre dans Marxan, prioritizr, CLUZ et « Résoudre un projet Marxan ».

Unités de planification : polygones avec un champ d'identifiant entier (vide : identifiants d'entité), un champ de coût facultatif (vide : la surface de l'unité en km2) et un champ de statut facultatif (0 libre, 2 verrouillée, p. ex. aires protégées existantes, 3 exclue). Quantités : la table produite par « Quantités d'espèces par unité de planification » (unit_id, feature, amount_km2). Cible : le pourcentage de la quantité totale de chaque élément à protéger (30 % = cible 3 du CMB), écrit comme le prop de Marxan. BLM : modificateur de longueur de bordure, en coût par km de bord (0 ignore la compacité) ; les longueurs de bordure sont mesurées en km dans une projection équivalente, et les bords situés sur le contour de la zone d'étude sont écrits comme ligne propre de l'unité (id1 = id2). Les noms d'éléments perdent les espaces et les séparateurs, que Marxan ne sait pas lire.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/marxan.py" line="424"/>
        <source>Unit id field (integer; empty: feature id)</source>
        <translation>Champ d'identifiant d'unité (entier ; vide : identifiant d'entité)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/marxan.py" line="424"/>
        <source>Cost field (empty: area in km2)</source>
        <translation>Champ de coût (vide : surface en km2)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/marxan.py" line="424"/>
        <source>Status field (0 free, 2 locked in, 3 locked out)</source>
        <translation>Champ de statut (0 libre, 2 verrouillée, 3 exclue)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/marxan.py" line="434"/>
        <source>Species amounts table</source>
        <translation>Table des quantités d'espèces</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/marxan.py" line="439"/>
        <source>Amounts: unit id field</source>
        <translation>Quantités : champ d'identifiant d'unité</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/marxan.py" line="439"/>
        <source>Amounts: feature field</source>
        <translation>Quantités : champ d'élément</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/marxan.py" line="439"/>
        <source>Amounts: amount field</source>
        <translation>Quantités : champ de quantité</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/marxan.py" line="455"/>
        <source>Target (% of each feature)</source>
        <translation>Cible (% de chaque élément)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/marxan.py" line="476"/>
        <source>Write bound.dat</source>
        <translation>Écrire bound.dat</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/marxan.py" line="477"/>
        <source>Number of solutions (NUMREPS)</source>
        <translation>Nombre de solutions (NUMREPS)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/marxan.py" line="491"/>
        <source>Marxan project folder</source>
        <translation>Dossier du projet Marxan</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/marxan.py" line="492"/>
        <source>Marxan input file</source>
        <translation>Fichier d'entrée Marxan</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/marxan.py" line="527"/>
        <source>Marxan project written: {n} planning units, {m} features, {path}.</source>
        <translation>Projet Marxan écrit : {n} unités de planification, {m} éléments, {path}.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/planning_units.py" line="97"/>
        <source>Build planning units</source>
        <translation>Construire les unités de planification</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/planning_units.py" line="160"/>
        <source>Study area polygon (instead of countries)</source>
        <translation>Polygone de zone d'étude (à la place des pays)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/planning_units.py" line="168"/>
        <source>Hexagons</source>
        <translation>Hexagones</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/planning_units.py" line="168"/>
        <source>Squares</source>
        <translation>Carrés</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/planning_units.py" line="168"/>
        <source>Polygons of a layer (sites, parcels...)</source>
        <translation>Polygones d'une couche (sites, parcelles...)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/planning_units.py" line="176"/>
        <source>Hexagon or square area (km2)</source>
        <translation>Surface des hexagones ou carrés (km2)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/planning_units.py" line="186"/>
        <source>Unit layer (for polygons of a layer)</source>
        <translation>Couche d'unités (pour les polygones d'une couche)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/planning_units.py" line="191"/>
        <source>Unit id field (default: feature id)</source>
        <translation>Champ d'identifiant d'unité (par défaut : identifiant d'entité)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/planning_units.py" line="199"/>
        <source>Cost raster (mean per unit)</source>
        <translation>Raster de coût (moyenne par unité)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/planning_units.py" line="204"/>
        <source>Cost field of the unit layer</source>
        <translation>Champ de coût de la couche d'unités</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/planning_units.py" line="213"/>
        <source>Units without raster cost</source>
        <translation>Unités sans coût raster</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/planning_units.py" line="213"/>
        <source>Stop with an error</source>
        <translation>Arrêter avec une erreur</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/planning_units.py" line="213"/>
        <source>Give them the mean cost of the other units</source>
        <translation>Leur donner le coût moyen des autres unités</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/planning_units.py" line="256"/>
        <source>Edge tolerance for units of a layer (m)</source>
        <translation>Tolérance de bord pour les unités d'une couche (m)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/planning_units.py" line="264"/>
        <source>CRS of the units (default: equal-area, centred on the study area)</source>
        <translation>CRS des unités (par défaut : équivalent, centré sur la zone d'étude)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/planning_units.py" line="279"/>
        <source>Boundary table (CSV)</source>
        <translation>Table des bordures (CSV)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/planning_units.py" line="279"/>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/planning_units.py" line="288"/>
        <source>Number of planning units</source>
        <translation>Nombre d'unités de planification</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/planning_units.py" line="299"/>
        <source>A study-area layer is given: the country codes {codes} are not used.</source>
        <translation>Une couche de zone d'étude est fournie : les codes de pays {codes} ne sont pas utilisés.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/planning_units.py" line="308"/>
        <source>No study area: give ISO3 country codes (e.g. BEL,LUX) or choose a study-area polygon layer.</source>
        <translation>Pas de zone d'étude : donnez des codes de pays ISO3 (p. ex. BEL,LUX) ou choisissez une couche de polygones de zone d'étude.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/simulate.py" line="164"/>
        <source>{n} far overseas part(s) of the countries were left out.</source>
        <translation>{n} partie(s) lointaine(s) d'outre-mer des pays ont été exclues.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/planning_units.py" line="362"/>
        <source>Both a cost raster and a cost field are given: choose one of them (or neither, for cost = area).</source>
        <translation>Un raster de coût et un champ de coût sont tous deux fournis : choisissez l'un des deux (ou aucun, pour coût = surface).</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/planning_units.py" line="394"/>
        <source>Planning units from a layer need the unit layer: choose a polygon layer (e.g. your sites) as unit layer.</source>
        <translation>Des unités de planification issues d'une couche nécessitent la couche d'unités : choisissez une couche de polygones (p. ex. vos sites) comme couche d'unités.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/planning_units.py" line="401"/>
        <source>Reading protected areas</source>
        <translation>Lecture des aires protégées</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/planning_units.py" line="411"/>
        <source>Building planning units</source>
        <translation>Construction des unités de planification</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/planning_units.py" line="434"/>
        <source>Writing the planning units</source>
        <translation>Écriture des unités de planification</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/planning_units.py" line="436"/>
        <source>{n} polygon(s) of &apos;{layer}&apos; lie outside the study area and were left out.</source>
        <translation>{n} polygone(s) de « {layer} » se trouvent hors de la zone d'étude et ont été exclus.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/planning_units.py" line="468"/>
        <source>The boundary table &apos;{path}&apos; cannot be written ({reason}): choose another file.</source>
        <translation>Impossible d'écrire la table des bordures « {path} » ({reason}) : choisissez un autre fichier.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/solve.py" line="37"/>
        <source>Solve Marxan project (exact)</source>
        <translation>Résoudre un projet Marxan (exact)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/solve.py" line="40"/>
        <source>Solves a Marxan project exactly with the HiGHS solver instead of simulated annealing: every target is met (a target that cannot be met is named with its shortfall), the cost plus BLM x boundary length is as low as possible, and the solver proves how close to the best possible the answer is (the gap).

Give Marxan&apos;s input.dat, or the project folder holding it. Its settings are used as Marxan would: status 2 locks a unit in, 3 locks it out, prop or target per feature, BLM with bound.dat. NUMREPS above 1 gives that many different good solutions (each differs from the others in at least one unit) and the selection frequency. Two extra lines in input.dat, which Marxan ignores, control the solver: MIPGAP (relative gap, default 0.001 = 0.1 %) and TIMELIMIT (seconds per solution); when the time runs out the best selection found is kept and the log gives its gap.

Marxan&apos;s output files (_best, _ssoln, _mvbest, _sum, _log.dat, ...) are written to the project&apos;s OUTPUTDIR, so CLUZ and other Marxan tools read them unchanged. The result table has one row per planning unit: puid, cost, status, solution (1 = in the best solution), number (runs selecting it) and frequency (share of runs); join it to the planning units with &apos;Import Marxan project&apos;.</source>
        <translation>Résout exactement un projet Marxan avec le solveur HiGHS au lieu du recuit simulé : chaque cible est atteinte (une cible impossible à atteindre est signalée avec son déficit), le coût plus BLM x longueur de bordure est aussi bas que possible, et le solveur prouve à quel point la réponse est proche du meilleur résultat possible (l'écart).

Fournissez l'input.dat de Marxan, ou le dossier du projet qui le contient. Ses paramètres sont utilisés comme le ferait Marxan : le statut 2 verrouille une unité, 3 l'exclut, prop ou target par élément, BLM avec bound.dat. Un NUMREPS supérieur à 1 donne autant de bonnes solutions différentes (chacune diffère des autres d'au moins une unité) et la fréquence de sélection. Deux lignes supplémentaires dans input.dat, que Marxan ignore, pilotent le solveur : MIPGAP (écart relatif, 0.001 = 0,1 % par défaut) et TIMELIMIT (secondes par solution) ; quand le temps est écoulé, la meilleure sélection trouvée est conservée et le journal indique son écart.

Les fichiers de sortie de Marxan (_best, _ssoln, _mvbest, _sum, _log.dat, ...) sont écrits dans l'OUTPUTDIR du projet, de sorte que CLUZ et les autres outils Marxan les lisent sans modification. La table de résultat a une ligne par unité de planification : puid, cost, status, solution (1 = dans la meilleure solution), number (exécutions qui la sélectionnent) et frequency (part des exécutions) ; joignez-la aux unités de planification avec « Importer un projet Marxan ».</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/solve.py" line="69"/>
        <source>or the Marxan project folder (holding input.dat)</source>
        <translation>ou le dossier du projet Marxan (contenant input.dat)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/solve.py" line="77"/>
        <source>Solver threads (0: automatic)</source>
        <translation>Fils d'exécution du solveur (0 : automatique)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/solve.py" line="88"/>
        <source>Solution per planning unit</source>
        <translation>Solution par unité de planification</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/solve.py" line="93"/>
        <source>Marxan output folder</source>
        <translation>Dossier de sortie Marxan</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/solve.py" line="94"/>
        <source>Best solution file</source>
        <translation>Fichier de la meilleure solution</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/solve.py" line="95"/>
        <source>Log file</source>
        <translation>Fichier journal</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/solve.py" line="97"/>
        <source>Objective (score)</source>
        <translation>Objectif (score)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/solve.py" line="98"/>
        <source>Relative gap</source>
        <translation>Écart relatif</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/solve.py" line="106"/>
        <source>Give the Marxan input file (input.dat) or the project folder.</source>
        <translation>Fournissez le fichier d'entrée Marxan (input.dat) ou le dossier du projet.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/solve.py" line="114"/>
        <source>Searching for a first solution</source>
        <translation>Recherche d'une première solution</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/solve.py" line="116"/>
        <source>Objective {objective:,.6g}, gap {gap:.3%}</source>
        <translation>Objectif {objective:,.6g}, écart {gap:.3%}</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/solve.py" line="151"/>
        <source>{met} of {total} targets met; {units} units selected, score {score:,.6g}; solver {status}, gap {gap:.3%}; {runs} run(s).</source>
        <translation>{met} cibles atteintes sur {total} ; {units} unités sélectionnées, score {score:,.6g} ; solveur {status}, écart {gap:.3%} ; {runs} exécution(s).</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/tfca.py" line="112"/>
        <source>Planning units (with selection)</source>
        <translation>Unités de planification (avec sélection)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/tfca.py" line="129"/>
        <source>Season field</source>
        <translation>Champ de saison</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/tfca.py" line="134"/>
        <source>Existing sites (optional)</source>
        <translation>Sites existants (facultatif)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/tfca.py" line="139"/>
        <source>Country borders (optional, iso3 field)</source>
        <translation>Frontières des pays (facultatif, champ iso3)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/tfca.py" line="146"/>
        <source>Minimum share of a country in a candidate</source>
        <translation>Part minimale d'un pays dans une candidate</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/tfca.py" line="146"/>
        <source>Weight: transboundary species</source>
        <translation>Poids : espèces transfrontalières</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/tfca.py" line="146"/>
        <source>Weight: area</source>
        <translation>Poids : surface</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/tfca.py" line="146"/>
        <source>Weight: unprotected share</source>
        <translation>Poids : part non protégée</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/tfca.py" line="146"/>
        <source>Weight: network importance (dPC)</source>
        <translation>Poids : importance pour le réseau (dPC)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/tfca.py" line="171"/>
        <source>Transboundary habitats</source>
        <translation>Habitats transfrontaliers</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/tfca.py" line="212"/>
        <source>Clustering the chosen units and sites</source>
        <translation>Regroupement des unités et sites choisis</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/tfca.py" line="245"/>
        <source>{n} TFCA candidate(s) spanning two or more countries.</source>
        <translation>{n} candidate(s) ACTF s'étendant sur deux pays ou plus.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/tfca.py" line="259"/>
        <source>{n} transboundary habitat part(s) along shared borders.</source>
        <translation>{n} partie(s) d'habitat transfrontalier le long des frontières communes.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/tracks.py" line="83"/>
        <source>Tracking points (point layer)</source>
        <translation>Points de suivi (couche de points)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/tracks.py" line="91"/>
        <source>...or a Movebank CSV file (.csv or .csv.gz)</source>
        <translation>...ou un fichier CSV Movebank (.csv ou .csv.gz)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/tracks.py" line="100"/>
        <source>Individual id field (empty: detect)</source>
        <translation>Champ d'identifiant d'individu (vide : détection)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/tracks.py" line="101"/>
        <source>Timestamp field, UTC (empty: detect)</source>
        <translation>Champ d'horodatage, UTC (vide : détection)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/tracks.py" line="104"/>
        <source>Movement state field (empty: detect)</source>
        <translation>Champ d'état de mouvement (vide : détection)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/tracks.py" line="132"/>
        <source>No tracks given: choose a point layer of GPS fixes or a Movebank CSV file (one of the two).</source>
        <translation>Aucune trajectoire fournie : choisissez une couche de points de localisations GPS ou un fichier CSV Movebank (l'un des deux).</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/tracks.py" line="139"/>
        <source>Both a point layer and a CSV file are given: choose one of the two (clear the other).</source>
        <translation>Une couche de points et un fichier CSV sont tous deux fournis : choisissez l'un des deux (videz l'autre).</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/tracks.py" line="162"/>
        <source>Read {n} fixes of {k} individuals from &apos;{source}&apos; ({dup} duplicate fixes and {missing} without a location left out).</source>
        <translation>{n} localisations de {k} individus lues depuis « {source} » ({dup} localisations en double et {missing} sans position écartées).</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/tracks.py" line="186"/>
        <source>Tracks to stopover sites</source>
        <translation>Trajectoires vers sites de halte</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/tracks.py" line="218"/>
        <source>Stopover radius (km)</source>
        <translation>Rayon de halte (km)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/tracks.py" line="228"/>
        <source>Minimum stopover duration (h)</source>
        <translation>Durée minimale de halte (h)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/tracks.py" line="258"/>
        <source>Stopover sites</source>
        <translation>Sites de halte</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/tracks.py" line="259"/>
        <source>Stopover visits</source>
        <translation>Visites de halte</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/tracks.py" line="293"/>
        <source>No stopover found: try a larger radius or a shorter minimum duration, or check that the fixes are frequent enough (at least one every few hours).</source>
        <translation>Aucune halte trouvée : essayez un rayon plus grand ou une durée minimale plus courte, ou vérifiez que les localisations sont assez fréquentes (au moins une toutes les quelques heures).</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/tracks.py" line="326"/>
        <source>Tracks to seasonal ranges</source>
        <translation>Trajectoires vers aires saisonnières</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/tracks.py" line="368"/>
        <source>Classify seasons by</source>
        <translation>Classer les saisons par</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/tracks.py" line="368"/>
        <source>dates (day-of-year windows)</source>
        <translation>dates (fenêtres de jours de l'année)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/tracks.py" line="368"/>
        <source>movement-state field</source>
        <translation>champ d'état de mouvement</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/tracks.py" line="382"/>
        <source>Species (scientific name)</source>
        <translation>Espèce (nom scientifique)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/tracks.py" line="387"/>
        <source>Buffer around fixes (km)</source>
        <translation>Zone tampon autour des localisations (km)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/tracks.py" line="408"/>
        <source>Migration</source>
        <translation>Migration</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/tracks.py" line="430"/>
        <source>Extra state values (value=season; ...)</source>
        <translation>Valeurs d'état supplémentaires (valeur=saison; ...)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/tracks.py" line="437"/>
        <source>Seasonal ranges</source>
        <translation>Aires saisonnières</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/tracks.py" line="468"/>
        <source>resident</source>
        <translation>résident</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/tracks.py" line="468"/>
        <source>passage</source>
        <translation>passage</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/tracks.py" line="472"/>
        <source>{season}: {fixes} fixes of {birds} individuals, {area:,.0f} km2.</source>
        <translation>{season} : {fixes} localisations de {birds} individus, {area:,.0f} km2.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/tracks.py" line="483"/>
        <source>{n} fixes could not be given a season (outside the date windows, an unmapped state, or a bird that never migrated) and are not in any range.</source>
        <translation>{n} localisations n'ont pu recevoir de saison (hors des fenêtres de dates, état non associé, ou oiseau qui n'a jamais migré) et ne figurent dans aucune aire.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/qgis_io/layouts.py" line="495"/>
        <source>Layout template not found: {path}. Reinstall the plugin.</source>
        <translation>Modèle de mise en page introuvable : {path}. Réinstallez l'extension.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/qgis_io/layouts.py" line="501"/>
        <source>Layout template {path} is not valid XML (line {line}): {error}</source>
        <translation>Le modèle de mise en page {path} n'est pas un XML valide (ligne {line}) : {error}</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/qgis_io/layouts.py" line="509"/>
        <source>QGIS could not read the layout template {path}.</source>
        <translation>QGIS n'a pas pu lire le modèle de mise en page {path}.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/qgis_io/layouts.py" line="513"/>
        <source>Layout template {path} lacks the item(s) {ids}.</source>
        <translation>Il manque au modèle de mise en page {path} le(s) élément(s) {ids}.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/qgis_io/layouts.py" line="739"/>
        <source>Could not add the layout &apos;{name}&apos; to the project.</source>
        <translation>Impossible d'ajouter la mise en page « {name} » au projet.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/qgis_io/layouts.py" line="844"/>
        <source>Cannot make the candidate atlas: the TFCA layer is not valid.</source>
        <translation>Impossible de créer l'atlas des candidates : la couche ACTF n'est pas valide.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/qgis_io/layouts.py" line="846"/>
        <source>No TFCA candidate to map: no cluster of selected sites spans two or more countries. Try a larger gap distance or higher targets.</source>
        <translation>Aucune candidate ACTF à cartographier : aucun groupe de sites sélectionnés ne s'étend sur deux pays ou plus. Essayez une distance d'écart plus grande ou des cibles plus élevées.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/qgis_io/layouts.py" line="889"/>
        <source>No TFCA candidate to map.</source>
        <translation>Aucune candidate ACTF à cartographier.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/qgis_io/layouts.py" line="897"/>
        <source>QGIS could not start the atlas.</source>
        <translation>QGIS n'a pas pu démarrer l'atlas.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/qgis_io/layouts.py" line="901"/>
        <source>QGIS could not go to atlas page {n}.</source>
        <translation>QGIS n'a pas pu aller à la page {n} de l'atlas.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/qgis_io/layouts.py" line="924"/>
        <source>TFCA candidates atlas</source>
        <translation>Atlas des candidates ACTF</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/qgis_io/layouts.py" line="1089"/>
        <source>QGIS could not export the atlas to {path}: {error}</source>
        <translation>QGIS n'a pas pu exporter l'atlas vers {path} : {error}</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/qgis_io/postprocess.py" line="291"/>
        <source>Layer &apos;{layer}&apos; has no field &apos;{field}&apos; to colour by.</source>
        <translation>La couche « {layer} » n'a pas de champ « {field} » selon lequel colorer.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/pipeline.py" line="263"/>
        <source>Computing ProtConn before and after the plan</source>
        <translation>Calcul de ProtConn avant et après le plan</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/graph.py" line="411"/>
        <source>Nodes can be added only to a graph of edge-to-edge distances.</source>
        <translation>Des nœuds ne peuvent être ajoutés qu'à un graphe de distances bord à bord.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/indices.py" line="646"/>
        <source>The tolerance must be a number from 0 (exact) to below 1 (got {value}).</source>
        <translation>La tolérance doit être un nombre de 0 (exact) à moins de 1 (reçu {value}).</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/indices.py" line="652"/>
        <source>A tolerance above 0 needs the subtree method.</source>
        <translation>Une tolérance supérieure à 0 nécessite la méthode par sous-arbres (subtree).</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/plan.py" line="141"/>
        <source>Unknown objective &apos;{name}&apos;: use one of {choices}.</source>
        <translation>Objectif « {name} » inconnu : utilisez l'un des objectifs {choices}.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/plan.py" line="147"/>
        <source>Unknown target rule &apos;{name}&apos;: use one of {choices}.</source>
        <translation>Règle de cible « {name} » inconnue : utilisez l'une des règles {choices}.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/plan.py" line="153"/>
        <source>The target is {value} %: give a percentage from 0 to 100.</source>
        <translation>La cible est de {value} % : donnez un pourcentage de 0 à 100.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/plan.py" line="159"/>
        <source>The target overrides must be a mapping of &apos;&lt;species&gt;|&lt;season code&gt;&apos; to a percentage, e.g. {example}.</source>
        <translation>Les cibles particulières doivent être une correspondance « &lt;espèce&gt;|&lt;code de saison&gt; » -&gt; pourcentage, p. ex. {example}.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/plan.py" line="167"/>
        <source>The target override for &apos;{key}&apos; is {value}: give a percentage from 0 to 100.</source>
        <translation>La cible particulière de « {key} » est de {value} : donnez un pourcentage de 0 à 100.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/plan.py" line="175"/>
        <source>The objective &apos;{name}&apos; needs a budget above 0, in the units of the cost (e.g. km2 when the cost is the area); it is {value}.</source>
        <translation>L'objectif « {name} » nécessite un budget supérieur à 0, dans les unités du coût (p. ex. km2 quand le coût est la surface) ; il vaut {value}.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/plan.py" line="394"/>
        <source>There are {count} {what} flags for {n} planning units; give one per unit.</source>
        <translation>Il y a {count} indicateurs « {what} » pour {n} unités de planification ; donnez-en un par unité.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/plan.py" line="420"/>
        <source>There are {species} species names, {seasons} seasons and {n} range polygons: give one of each per range.</source>
        <translation>Il y a {species} noms d'espèces, {seasons} saisons et {n} polygones d'aires de répartition : donnez-en un de chaque par aire.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/plan.py" line="427"/>
        <source>There are no species ranges: choose a layer with range polygons.</source>
        <translation>Il n'y a aucune aire de répartition d'espèce : choisissez une couche avec des polygones d'aires de répartition.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/plan.py" line="433"/>
        <source>{n} range polygon(s) without a species name were left out.</source>
        <translation>{n} polygone(s) d'aire de répartition sans nom d'espèce ont été exclus.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/plan.py" line="433"/>
        <source>{n} range polygon(s) with an unknown season were left out.</source>
        <translation>{n} polygone(s) d'aire de répartition à la saison inconnue ont été exclus.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/plan.py" line="433"/>
        <source>{n} range polygon(s) without area were left out.</source>
        <translation>{n} polygone(s) d'aire de répartition sans surface ont été exclus.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/plan.py" line="441"/>
        <source>None of the {n} range polygons has a species name, a known season (1 resident, 2 breeding, 3 non-breeding, 4 passage, 5 uncertain) and a polygon: check the species and season fields.</source>
        <translation>Aucun des {n} polygones d'aire de répartition n'a à la fois un nom d'espèce, une saison connue (1 résident, 2 reproduction, 3 hivernage (non-reproduction), 4 passage, 5 incertaine) et un polygone : vérifiez les champs d'espèce et de saison.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/plan.py" line="453"/>
        <source>The species ranges cannot be placed in the CRS of the planning units: some of their coordinates fall outside it. Check that the range layer carries its true CRS (Layer &gt; Set CRS).</source>
        <translation>Les aires de répartition ne peuvent pas être placées dans le CRS des unités de planification : certaines de leurs coordonnées en sortent. Vérifiez que la couche d'aires de répartition porte son vrai CRS (Couche &gt; Définir le CRS de la couche).</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/plan.py" line="476"/>
        <source>The target override &apos;{key}&apos; matches no feature: write &apos;&lt;species&gt;|&lt;season code&gt;&apos; (1 resident, 2 breeding, 3 non-breeding, 4 passage) for a species and season of the ranges, e.g. {examples}.</source>
        <translation>La cible particulière « {key} » ne correspond à aucun élément : écrivez « &lt;espèce&gt;|&lt;code de saison&gt; » (1 résident, 2 reproduction, 3 hivernage (non-reproduction), 4 passage) pour une espèce et une saison des aires de répartition, p. ex. {examples}.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/plan.py" line="484"/>
        <source>The feature &apos;{key}&apos; has two different target overrides: keep one.</source>
        <translation>L'élément « {key} » a deux cibles particulières différentes : n'en gardez qu'une.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/plan.py" line="649"/>
        <source>Reading the planning units</source>
        <translation>Lecture des unités de planification</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/plan.py" line="653"/>
        <source>There are no planning units: choose a layer with unit polygons.</source>
        <translation>Il n'y a aucune unité de planification : choisissez une couche avec des polygones d'unités.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/plan.py" line="656"/>
        <source>There are {count} unit ids for {n} planning units; give one per unit.</source>
        <translation>Il y a {count} identifiants d'unité pour {n} unités de planification ; donnez-en un par unité.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/plan.py" line="664"/>
        <source>Planning unit(s) {units} have no polygon: delete them from the unit layer or draw their polygons.</source>
        <translation>Les unités de planification {units} n'ont pas de polygone : supprimez-les de la couche d'unités ou dessinez leurs polygones.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/plan.py" line="675"/>
        <source>The planning units are not in a projected CRS in metres; areas and edges were measured in Lambert azimuthal equal-area centred on them.</source>
        <translation>Les unités de planification ne sont pas dans un CRS projeté en mètres ; les surfaces et les bords ont été mesurés dans une projection azimutale équivalente de Lambert centrée sur elles.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/plan.py" line="692"/>
        <source>Grouping the ranges by species and season</source>
        <translation>Regroupement des aires de répartition par espèce et saison</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/plan.py" line="698"/>
        <source>Computing the area of each feature in each unit</source>
        <translation>Calcul de la surface de chaque élément dans chaque unité</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/plan.py" line="703"/>
        <source>None of the {m} species-season ranges overlaps the planning units: check that both layers cover the same area and carry the right CRS.</source>
        <translation>Aucune des {m} aires de répartition par espèce et saison ne recouvre les unités de planification : vérifiez que les deux couches couvrent la même zone et portent le bon CRS.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/plan.py" line="711"/>
        <source>{n} feature(s) have no range inside the planning units and get no target: {names}.</source>
        <translation>{n} élément(s) n'ont aucune aire de répartition dans les unités de planification et ne reçoivent pas de cible : {names}.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/plan.py" line="717"/>
        <source>Measuring the edges between units</source>
        <translation>Mesure des bords entre unités</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/plan.py" line="721"/>
        <source>Setting the targets</source>
        <translation>Fixation des cibles</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/plan.py" line="843"/>
        <source>Checking the targets</source>
        <translation>Vérification des cibles</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/plan.py" line="912"/>
        <source>The BLM multiples must be positive numbers; got {values}.</source>
        <translation>Les multiples du BLM doivent être des nombres positifs ; reçu {values}.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/plan.py" line="938"/>
        <source>Finding the cheapest and the most compact plans (Cohon&apos;s method)</source>
        <translation>Recherche du plan le moins coûteux et du plus compact (méthode de Cohon)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/plan.py" line="947"/>
        <source>Solving with BLM {blm:.6g}</source>
        <translation>Résolution avec BLM {blm:.6g}</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/workflow.py" line="290"/>
        <source>This JSON file is not a CMS Connectivity Planner scenario.</source>
        <translation>Ce fichier JSON n'est pas un scénario de Planificateur de connectivité CMS.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/workflow.py" line="312"/>
        <source>The scenario file has a setting of the wrong type ({detail}).</source>
        <translation>Le fichier de scénario contient un paramètre d'un type incorrect ({detail}).</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/workflow.py" line="335"/>
        <source>The scenario file &apos;{path}&apos; cannot be read ({reason}).</source>
        <translation>Impossible de lire le fichier de scénario « {path} » ({reason}).</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/workflow.py" line="447"/>
        <source>{label} is not a number.</source>
        <translation>{label} n'est pas un nombre.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/workflow.py" line="427"/>
        <source>{label} is {value:g}: give a value from {low:g} to {high:g}.</source>
        <translation>{label} vaut {value:g} : donnez une valeur de {low:g} à {high:g}.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/workflow.py" line="497"/>
        <source>Choose simulated training data or your own layers.</source>
        <translation>Choisissez des données de formation simulées ou vos propres couches.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/workflow.py" line="512"/>
        <source>Give at least one ISO3 country code, e.g. FRA,ESP.</source>
        <translation>Donnez au moins un code de pays ISO3, p. ex. FRA,ESP.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/workflow.py" line="515"/>
        <source>Not ISO3 country codes: {codes}. Use three letters, e.g. FRA.</source>
        <translation>Codes de pays non ISO3 : {codes}. Utilisez trois lettres, p. ex. FRA.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/workflow.py" line="531"/>
        <source>The number of species</source>
        <translation>Le nombre d'espèces</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/workflow.py" line="547"/>
        <source>Choose hexagons, squares or a layer of your own polygons.</source>
        <translation>Choisissez des hexagones, des carrés ou une couche de vos propres polygones.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/workflow.py" line="549"/>
        <source>Choose the polygon layer to use as planning units.</source>
        <translation>Choisissez la couche de polygones à utiliser comme unités de planification.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/workflow.py" line="551"/>
        <source>The cell area (km2)</source>
        <translation>La surface des cellules (km2)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/workflow.py" line="552"/>
        <source>The lock-in share</source>
        <translation>La part de verrouillage</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/workflow.py" line="555"/>
        <source>Give the study area: country codes on the Data step or a polygon.</source>
        <translation>Indiquez la zone d'étude : des codes de pays à l'étape Données, ou un polygone.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/workflow.py" line="558"/>
        <source>Choose a target rule.</source>
        <translation>Choisissez une règle de cible.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/workflow.py" line="559"/>
        <source>The target (%)</source>
        <translation>La cible (%)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/workflow.py" line="566"/>
        <source>Choose an objective.</source>
        <translation>Choisissez un objectif.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/workflow.py" line="568"/>
        <source>This objective works within a budget: give a budget above 0 (cost units).</source>
        <translation>Cet objectif fonctionne avec un budget : donnez un budget supérieur à 0 (unités de coût).</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/workflow.py" line="573"/>
        <source>The boundary length modifier (BLM)</source>
        <translation>Le modificateur de longueur de bordure (BLM)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/workflow.py" line="575"/>
        <source>The time limit (s)</source>
        <translation>Le temps maximal (s)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/workflow.py" line="447"/>
        <source>The optimality gap</source>
        <translation>L'écart d'optimalité</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/workflow.py" line="458"/>
        <source>The dispersal distance (km)</source>
        <translation>La distance de dispersion (km)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/workflow.py" line="593"/>
        <source>Tick at least one analysis.</source>
        <translation>Cochez au moins une analyse.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/workflow.py" line="462"/>
        <source>Corridors need a resistance raster: choose one or untick corridors.</source>
        <translation>Les corridors nécessitent un raster de résistance : choisissez-en un ou décochez les corridors.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/workflow.py" line="464"/>
        <source>A flyway network needs a tracking file: choose one on the Data step.</source>
        <translation>Un réseau de voie de migration nécessite un fichier de suivi : choisissez-en un à l'étape Données.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/workflow.py" line="950"/>
        <source>Run the earlier steps first: &apos;{key}&apos; has not been produced yet.</source>
        <translation>Exécutez d'abord les étapes précédentes : « {key} » n'a pas encore été produit.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/gui/docks/main_dock.py" line="129"/>
        <source>Export scenario...</source>
        <translation>Exporter le scénario...</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/gui/docks/main_dock.py" line="130"/>
        <source>Import scenario...</source>
        <translation>Importer un scénario...</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/gui/docks/main_dock.py" line="132"/>
        <source>Reset all settings</source>
        <translation>Réinitialiser tous les paramètres</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/gui/docks/main_dock.py" line="225"/>
        <source>The scenario stored in this project was not read</source>
        <translation>Le scénario enregistré dans ce projet n'a pas été lu</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/gui/docks/main_dock.py" line="261"/>
        <source>Export scenario</source>
        <translation>Exporter le scénario</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/gui/docks/main_dock.py" line="271"/>
        <source>Scenario (*.json)</source>
        <translation>Scénario (*.json)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/gui/docks/main_dock.py" line="268"/>
        <source>The scenario was not saved</source>
        <translation>Le scénario n'a pas été enregistré</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/gui/docks/main_dock.py" line="271"/>
        <source>Import scenario</source>
        <translation>Importer un scénario</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/gui/docks/main_dock.py" line="278"/>
        <source>The scenario was not imported</source>
        <translation>Le scénario n'a pas été importé</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/gui/docks/main_dock.py" line="304"/>
        <source>Another step is running: wait for it or cancel it.</source>
        <translation>Une autre étape est en cours : attendez-la ou annulez-la.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/gui/docks/main_dock.py" line="356"/>
        <source>This step cannot run yet</source>
        <translation>Cette étape ne peut pas encore être exécutée</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/gui/docks/main_dock.py" line="372"/>
        <source>Running...</source>
        <translation>Exécution...</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/gui/docks/main_dock.py" line="426"/>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/gui/docks/main_dock.py" line="430"/>
        <source>The step failed</source>
        <translation>L'étape a échoué</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/gui/docks/main_dock.py" line="449"/>
        <source>Solver {status}: {met} targets met, {n} units selected, cost {cost:,.1f}, gap {gap:.2%}.</source>
        <translation>Solveur {status} : {met} cibles atteintes, {n} unités sélectionnées, coût {cost:,.1f}, écart {gap:.2%}.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/gui/docks/main_dock.py" line="462"/>
        <source>Suggested BLM: {blm:.4g}.</source>
        <translation>BLM suggéré : {blm:.4g}.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/gui/docks/main_dock.py" line="479"/>
        <source>{n} TFCA candidate(s) found.</source>
        <translation>{n} candidate(s) ACTF trouvée(s).</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/gui/docks/main_dock.py" line="482"/>
        <source>Done: the results are in the layer group &apos;{group}&apos;.</source>
        <translation>Terminé : les résultats sont dans le groupe de couches « {group} ».</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/gui/steps.py" line="58"/>
        <source>1 Data</source>
        <translation>1 Données</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/gui/steps.py" line="59"/>
        <source>2 Units</source>
        <translation>2 Unités</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/gui/steps.py" line="60"/>
        <source>3 Targets</source>
        <translation>3 Cibles</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/gui/steps.py" line="61"/>
        <source>4 Solve</source>
        <translation>4 Résolution</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/gui/steps.py" line="62"/>
        <source>5 Connectivity</source>
        <translation>5 Connectivité</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/gui/steps.py" line="63"/>
        <source>6 TFCA &amp;&amp; export</source>
        <translation>6 ACTF &amp;&amp; export</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/gui/steps.py" line="69"/>
        <source>Data</source>
        <translation>Données</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/gui/steps.py" line="71"/>
        <source>Targets</source>
        <translation>Cibles</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/gui/steps.py" line="72"/>
        <source>Solve</source>
        <translation>Résolution</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/gui/steps.py" line="74"/>
        <source>TFCA &amp; export</source>
        <translation>ACTF &amp; export</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/gui/steps.py" line="84"/>
        <source>Uncertain</source>
        <translation>Incertaine</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/gui/steps.py" line="94"/>
        <source>Run the step &apos;{step}&apos; first.</source>
        <translation>Exécutez d'abord l'étape « {step} ».</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/gui/steps.py" line="232"/>
        <source>Movebank CSV (*.csv *.csv.gz)</source>
        <translation>CSV Movebank (*.csv *.csv.gz)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/gui/steps.py" line="375"/>
        <source>Choose an output folder: every result is written there.</source>
        <translation>Choisissez un dossier de sortie : tous les résultats y sont écrits.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/gui/steps.py" line="379"/>
        <source>Existing sites</source>
        <translation>Sites existants</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/qgis_io/export.py" line="382"/>
        <source>Country borders</source>
        <translation>Frontières des pays</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/gui/steps.py" line="381"/>
        <source>Cost raster</source>
        <translation>Raster de coût</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/gui/steps.py" line="394"/>
        <source>Schema not recognised: choose the species and season fields below.</source>
        <translation>Schéma non reconnu : choisissez ci-dessous les champs d'espèce et de saison.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/gui/steps.py" line="407"/>
        <source>Schema: {schema}. {n} species; seasons: {seasons}.</source>
        <translation>Schéma : {schema}. {n} espèces ; saisons : {seasons}.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/gui/steps.py" line="492"/>
        <source>Choose the polygon layer of the study area.</source>
        <translation>Choisissez la couche de polygones de la zone d'étude.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/gui/widgets.py" line="121"/>
        <source>Study area</source>
        <translation>Zone d'étude</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/gui/steps.py" line="569"/>
        <source>Empty: the default target.</source>
        <translation>Vide : la cible par défaut.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/gui/steps.py" line="571"/>
        <source>{n} species-season features. Empty cells use the default target.</source>
        <translation>{n} éléments espèce-saison. Les cellules vides utilisent la cible par défaut.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/gui/steps.py" line="571"/>
        <source>Run the Data step to list the species and seasons.</source>
        <translation>Exécutez l'étape Données pour lister les espèces et les saisons.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/gui/steps.py" line="611"/>
        <source>The target of {species} is not a number: give a percentage.</source>
        <translation>La cible de {species} n'est pas un nombre : donnez un pourcentage.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/gui/tasks.py" line="185"/>
        <source>Cancelled: nothing of this step was kept.</source>
        <translation>Annulé : rien n'a été conservé de cette étape.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/gui/tasks.py" line="189"/>
        <source>The algorithm {alg} failed.</source>
        <translation>L'algorithme {alg} a échoué.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/gui/widgets.py" line="60"/>
        <source>{what}: the layer &apos;{ref}&apos; is no longer in the project: choose it again.</source>
        <translation>{what} : la couche « {ref} » n'est plus dans le projet : choisissez-la à nouveau.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/gui/widgets.py" line="66"/>
        <source>{what}: the layer &apos;{name}&apos; cannot be read: check its file.</source>
        <translation>{what} : la couche « {name} » est illisible : vérifiez son fichier.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/gui/widgets.py" line="73"/>
        <source>{what}: the layer &apos;{name}&apos; has no CRS: set it in Layer Properties &gt; Source.</source>
        <translation>{what} : la couche « {name} » n'a pas de CRS : définissez-le dans Propriétés de la couche &gt; Source.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/gui/widgets.py" line="93"/>
        <source>{what}: the layer &apos;{name}&apos; has {geometry} geometries; it needs {kinds}.</source>
        <translation>{what} : la couche « {name} » a des géométries de type {geometry} ; type attendu : {kinds}.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/gui/widgets.py" line="104"/>
        <source>{what}: &apos;{name}&apos; is a raster; choose a vector layer.</source>
        <translation>{what} : « {name} » est un raster ; choisissez une couche vecteur.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/gui/widgets.py" line="113"/>
        <source>a raster</source>
        <translation>un raster</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/gui/widgets.py" line="119"/>
        <source>Simulated species ranges</source>
        <translation>Aires de répartition simulées</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/gui/widgets.py" line="120"/>
        <source>Simulated protected areas</source>
        <translation>Aires protégées simulées</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/gui/widgets.py" line="122"/>
        <source>Ranges from tracking data</source>
        <translation>Aires issues des données de suivi</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/gui/widgets.py" line="123"/>
        <source>Species ranges (prepared)</source>
        <translation>Aires de répartition des espèces (préparées)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/gui/widgets.py" line="124"/>
        <source>Existing sites (prepared)</source>
        <translation>Sites existants (préparés)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/gui/widgets.py" line="125"/>
        <source>Site network</source>
        <translation>Réseau de sites</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/gui/widgets.py" line="127"/>
        <source>Plan: selected planning units</source>
        <translation>Plan : unités de planification sélectionnées</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/gui/widgets.py" line="129"/>
        <source>ProtConn per country</source>
        <translation>ProtConn par pays</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/gui/widgets.py" line="130"/>
        <source>ProtConn: share from each neighbour</source>
        <translation>ProtConn : part venant de chaque voisin</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/gui/widgets.py" line="131"/>
        <source>Site importance (dPC)</source>
        <translation>Importance des sites (dPC)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/gui/widgets.py" line="132"/>
        <source>Corridors</source>
        <translation>Corridors</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/gui/widgets.py" line="133"/>
        <source>Corridor widths</source>
        <translation>Largeurs des corridors</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/gui/widgets.py" line="134"/>
        <source>Flyway stopover sites</source>
        <translation>Sites de halte de la voie de migration</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/connectivity.py" line="201"/>
        <source>dPC tolerance (0: exact; 1e-6: each dPC within 0.0001 percentage points)</source>
        <translation>Tolérance du dPC (0 : exact ; 1e-6 : chaque dPC à 0.0001 point de pourcentage près)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/connectivity.py" line="318"/>
        <source>d{metric} with tolerance {tol:g}: largest error bound achieved {bound:.3g} percentage points (allowed {allowed:.3g}).</source>
        <translation>d{metric} avec une tolérance de {tol:g} : borne d'erreur maximale atteinte de {bound:.3g} points de pourcentage (autorisée : {allowed:.3g}).</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/plan.py" line="61"/>
        <source>The target overrides are not valid JSON ({reason}): write them like {example}.</source>
        <translation>Les cibles particulières ne sont pas un JSON valide ({reason}) : écrivez-les comme {example}.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/plan.py" line="67"/>
        <source>The target overrides must be a JSON object of &apos;&lt;species&gt;|&lt;season code&gt;&apos;: percent pairs, like {example}.</source>
        <translation>Les cibles particulières doivent être un objet JSON de paires « &lt;espèce&gt;|&lt;code de saison&gt; » : pourcentage, comme {example}.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/plan.py" line="76"/>
        <source>The target override for &apos;{key}&apos; is {value}: give a number (percent), like {example}.</source>
        <translation>La cible particulière de « {key} » est {value} : donnez un nombre (pourcentage), comme {example}.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/plan.py" line="108"/>
        <source>Planning units (from &apos;Build planning units&apos;)</source>
        <translation>Unités de planification (issues de « Construire les unités de planification »)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/plan.py" line="113"/>
        <source>Unit id field (default: unit_id, else feature id)</source>
        <translation>Champ d'identifiant d'unité (par défaut : unit_id, sinon l'identifiant d'entité)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/plan.py" line="113"/>
        <source>Cost field (default: cost, else the unit&apos;s area in km2)</source>
        <translation>Champ de coût (par défaut : cost, sinon la surface de l'unité en km2)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/plan.py" line="113"/>
        <source>Locked-in field (default: locked_in, else none)</source>
        <translation>Champ de verrouillage (par défaut : locked_in, sinon aucun)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/plan.py" line="136"/>
        <source>Species ranges (from &apos;Prepare species ranges&apos;)</source>
        <translation>Aires de répartition des espèces (issues de « Préparer les aires de répartition des espèces »)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/plan.py" line="141"/>
        <source>Species field (default: binomial, else species)</source>
        <translation>Champ d'espèce (par défaut : binomial, sinon species)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/plan.py" line="150"/>
        <source>Season field (IUCN seasonal codes)</source>
        <translation>Champ de saison (codes de saisonnalité UICN)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/plan.py" line="159"/>
        <source>Target (% of each feature&apos;s range)</source>
        <translation>Cible (% de l'aire de répartition de chaque élément)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/plan.py" line="170"/>
        <source>Target rule</source>
        <translation>Règle de cible</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/plan.py" line="170"/>
        <source>Relative (the same percentage of every feature)</source>
        <translation>Relative (le même pourcentage pour chaque élément)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/plan.py" line="170"/>
        <source>Log-linear by range size (Rodrigues et al. 2004)</source>
        <translation>Log-linéaire selon la taille de l'aire (Rodrigues et al. 2004)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/plan.py" line="181"/>
        <source>Per-feature targets (JSON, e.g. {&quot;Ciconia ciconia|2&quot;: 50})</source>
        <translation>Cibles par élément (JSON, p. ex. {&quot;Ciconia ciconia|2&quot;: 50})</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/plan.py" line="191"/>
        <source>Keep locked-in units (existing protected areas)</source>
        <translation>Garder les unités verrouillées (aires protégées existantes)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/plan.py" line="196"/>
        <source>Time limit per solve (seconds)</source>
        <translation>Temps maximal par résolution (secondes)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/plan.py" line="225"/>
        <source>Choose the planning-unit layer.</source>
        <translation>Choisissez la couche d'unités de planification.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/plan.py" line="227"/>
        <source>Choose the species range layer.</source>
        <translation>Choisissez la couche d'aires de répartition des espèces.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/units.py" line="115"/>
        <source>The range layer &apos;{layer}&apos; has no species field (binomial or species): choose the field with the species names among {fields}.</source>
        <translation>La couche d'aires de répartition « {layer} » n'a pas de champ d'espèce (binomial ou species) : choisissez le champ qui contient les noms d'espèces parmi {fields}.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/plan.py" line="274"/>
        <source>(feature id)</source>
        <translation>(identifiant d'entité)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/plan.py" line="274"/>
        <source>(unit area, km2)</source>
        <translation>(surface de l'unité, km2)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/plan.py" line="274"/>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/plan.py" line="274"/>
        <source>(none: all resident)</source>
        <translation>(aucun : tout résident)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/plan.py" line="315"/>
        <source>Plan the network (targets, objective, solve)</source>
        <translation>Planifier le réseau (cibles, objectif, résolution)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/plan.py" line="436"/>
        <source>Objective</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/plan.py" line="373"/>
        <source>Minimum set: meet every target at least cost</source>
        <translation>Ensemble minimal : atteindre toutes les cibles au moindre coût</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/plan.py" line="373"/>
        <source>Maximum coverage within the budget</source>
        <translation>Couverture maximale dans la limite du budget</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/plan.py" line="373"/>
        <source>Minimum shortfall within the budget</source>
        <translation>Déficit minimal dans la limite du budget</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/plan.py" line="373"/>
        <source>Weakest link: most species with every season met, within the budget</source>
        <translation>Maillon le plus faible : le plus d'espèces possible avec toutes leurs saisons atteintes, dans la limite du budget</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/plan.py" line="387"/>
        <source>Budget (cost units; not used by minimum set)</source>
        <translation>Budget (unités de coût ; non utilisé par l'ensemble minimal)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/plan.py" line="403"/>
        <source>Optimality gap (0.01 = within 1 %)</source>
        <translation>Écart d'optimalité (0.01 = à 1 % près)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/plan.py" line="416"/>
        <source>Planned network</source>
        <translation>Réseau planifié</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/plan.py" line="421"/>
        <source>Targets per feature</source>
        <translation>Cibles par élément</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/plan.py" line="438"/>
        <source>Cost of the network</source>
        <translation>Coût du réseau</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/plan.py" line="439"/>
        <source>Units in the network</source>
        <translation>Unités dans le réseau</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/plan.py" line="441"/>
        <source>Features (species-seasons)</source>
        <translation>Éléments (espèce-saison)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/plan.py" line="442"/>
        <source>Boundary length (km)</source>
        <translation>Longueur de bordure (km)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/plan.py" line="553"/>
        <source>Writing the network</source>
        <translation>Écriture du réseau</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/plan.py" line="577"/>
        <source>{met} of {total} targets met; {units} units in the network (cost {cost:,.6g}, boundary {boundary:,.6g} km); solver {status}, objective {objective:,.6g}, gap {gap:.3%}.</source>
        <translation>{met} cibles atteintes sur {total} ; {units} unités dans le réseau (coût {cost:,.6g}, bordure {boundary:,.6g} km) ; solveur {status}, objectif {objective:,.6g}, écart {gap:.3%}.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/plan.py" line="642"/>
        <source>Suggest a boundary length modifier (BLM)</source>
        <translation>Suggérer un modificateur de longueur de bordure (BLM)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/plan.py" line="645"/>
        <source>Suggests a boundary length modifier (BLM) for &apos;Plan the network&apos;: the value at which cost and compactness weigh equally (Cohon&apos;s method, as in prioritizr&apos;s calibrate_cohon_penalty and the Marxan good-practice handbook).

The BLM turns the length of the network&apos;s edge (km) into cost: 0 ignores shape and gives the cheapest, often scattered, network; a high value gives a compact network at a higher cost. The tool solves the minimum-set plan four times (the cheapest plan, the most compact plan and the best of each at the other&apos;s level) and returns the BLM on the straight line between the two extremes.

Planning units, species ranges, fields, target, target rule, per-feature targets and locked-in units mean the same as in &apos;Plan the network&apos;. Time limit: seconds for each of the solves (several are needed).

Outputs: the suggested BLM (0 when the cheapest plan is already the most compact) and, optionally, a trade-off table with the cost and boundary length (km) of the plans at BLM 0 and at half, once and twice the suggestion, to see what compactness costs.</source>
        <translation>Suggère un modificateur de longueur de bordure (BLM) pour « Planifier le réseau » : la valeur à laquelle coût et compacité pèsent autant l'un que l'autre (méthode de Cohon, comme dans calibrate_cohon_penalty de prioritizr et le manuel de bonnes pratiques de Marxan).

Le BLM convertit la longueur du bord du réseau (km) en coût : 0 ignore la forme et donne le réseau le moins coûteux, souvent dispersé ; une valeur élevée donne un réseau compact pour un coût plus élevé. L'outil résout quatre fois le plan d'ensemble minimal (le plan le moins coûteux, le plan le plus compact, et le meilleur de chacun au niveau de l'autre) et renvoie le BLM situé sur la droite qui relie les deux extrêmes.

Unités de planification, aires de répartition des espèces, champs, cible, règle de cible, cibles par élément et unités verrouillées ont le même sens que dans « Planifier le réseau ». Temps maximal : secondes pour chacune des résolutions (il en faut plusieurs).

Sorties : le BLM suggéré (0 quand le plan le moins coûteux est déjà le plus compact) et, en option, une table de compromis avec le coût et la longueur de bordure (km) des plans à BLM 0 et à la moitié, une fois et deux fois la suggestion, pour voir ce que coûte la compacité.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/plan.py" line="667"/>
        <source>Cost-boundary trade-off</source>
        <translation>Compromis coût-bordure</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/plan.py" line="676"/>
        <source>Suggested BLM</source>
        <translation>BLM suggéré</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/plan.py" line="703"/>
        <source>Suggested BLM {blm:.6g}: the cheapest plan costs {cost_a:,.6g} with a boundary of {length_b:,.6g} km; the most compact costs {cost_d:,.6g} with {length_c:,.6g} km.</source>
        <translation>BLM suggéré {blm:.6g} : le plan le moins coûteux coûte {cost_a:,.6g} avec une bordure de {length_b:,.6g} km ; le plus compact coûte {cost_d:,.6g} avec {length_c:,.6g} km.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/simulate.py" line="50"/>
        <source>Simulate training data (species ranges and protected areas)</source>
        <translation>Simuler des données de formation (aires de répartition et aires protégées)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/simulate.py" line="53"/>
        <source>Simulates training data for any countries, offline: migratory species and an existing protected-area network. The layers are invented, not real data: use them to practise the workflow, never to draw conclusions about real species or sites.

Each species gets a breeding range towards the northern end of the countries&apos; longest axis, a non-breeding range towards the southern end and a passage range between them, as irregular shapes clipped to land. The ranges follow the IUCN Red List schema (binomial, presence, origin, seasonal: 2 breeding, 3 non-breeding, 4 passage). The protected areas follow the WDPA schema (WDPAID, NAME, DESIG_ENG, IUCN_CAT, STATUS, STATUS_YR, ISO3, REP_AREA in km2, MARINE); each lies in one country and some lie along shared land borders, so that transboundary clusters can form. The study area has one polygon per country (iso3, name).

The same countries, number of species and seed always give the same layers, so every participant of a workshop gets identical data; change the seed for another draw. The data are those the &apos;Run scenario&apos; algorithm simulates with the same settings.

Feed the species ranges into &apos;Prepare species ranges&apos;, the protected areas into &apos;Prepare sites&apos; and the study area into &apos;Build planning units&apos;, exactly like real IUCN and WDPA downloads; no field mapping is needed.

Countries: ISO3 codes separated by commas. The border layer defaults to QGIS&apos;s world map. Overseas parts farther than the maximum offshore distance from the countries&apos; mainlands (e.g. French Guiana) are left out. All layers are in an equal-area (Lambert azimuthal) CRS centred on the countries, in metres.</source>
        <translation>Simule des données de formation pour n'importe quels pays, hors ligne : des espèces migratrices et un réseau d'aires protégées existant. Les couches sont inventées, ce ne sont pas des données réelles : utilisez-les pour vous exercer au flux de travail, jamais pour tirer des conclusions sur des espèces ou des sites réels.

Chaque espèce reçoit une aire de reproduction vers l'extrémité nord du plus grand axe des pays, une aire d'hivernage vers l'extrémité sud et une aire de passage entre les deux, sous forme de formes irrégulières découpées sur les terres. Les aires suivent le schéma de la Liste rouge de l'UICN (binomial, presence, origin, seasonal : 2 reproduction, 3 hivernage (non-reproduction), 4 passage). Les aires protégées suivent le schéma de la WDPA (WDPAID, NAME, DESIG_ENG, IUCN_CAT, STATUS, STATUS_YR, ISO3, REP_AREA en km2, MARINE) ; chacune se trouve dans un seul pays et certaines longent des frontières terrestres communes, de sorte que des groupes transfrontaliers peuvent se former. La zone d'étude a un polygone par pays (iso3, name).

Les mêmes pays, le même nombre d'espèces et la même graine donnent toujours les mêmes couches : chaque participant d'un atelier obtient des données identiques ; changez la graine pour un autre tirage. Ces données sont celles que simule l'algorithme « Exécuter un scénario » avec les mêmes paramètres.

Passez les aires de répartition à « Préparer les aires de répartition des espèces », les aires protégées à « Préparer les sites » et la zone d'étude à « Construire les unités de planification », exactement comme des téléchargements réels de l'UICN et de la WDPA ; aucune correspondance de champs n'est nécessaire.

Pays : codes ISO3 séparés par des virgules. La couche de frontières est par défaut la carte du monde de QGIS. Les parties d'outre-mer situées au-delà de la distance maximale en mer depuis le territoire principal des pays (p. ex. la Guyane française) sont exclues. Toutes les couches sont dans un CRS équivalent (azimutal de Lambert) centré sur les pays, en mètres.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/simulate.py" line="118"/>
        <source>Maximum offshore distance of overseas parts (km)</source>
        <translation>Distance maximale en mer des parties d'outre-mer (km)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/simulate.py" line="128"/>
        <source>Simulated species ranges (IUCN schema)</source>
        <translation>Aires de répartition simulées (schéma UICN)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/simulate.py" line="135"/>
        <source>Simulated protected areas (WDPA schema)</source>
        <translation>Aires protégées simulées (schéma WDPA)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/simulate.py" line="142"/>
        <source>Study area (countries)</source>
        <translation>Zone d'étude (pays)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/simulate.py" line="147"/>
        <source>Range polygons</source>
        <translation>Polygones d'aires de répartition</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/simulate.py" line="218"/>
        <source>{species} simulated species in {ranges} range polygon(s); {sites} simulated protected area(s) covering {area:.0f} km2 of {total:.0f} km2 ({codes}).</source>
        <translation>{species} espèces simulées dans {ranges} polygone(s) d'aire de répartition ; {sites} aire(s) protégée(s) simulée(s) couvrant {area:.0f} km2 sur {total:.0f} km2 ({codes}).</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/simulate.py" line="235"/>
        <source>{missing} of {n} species got no range on land (the countries are too small or fragmented): try another seed.</source>
        <translation>{missing} des {n} espèces n'ont reçu aucune aire de répartition sur les terres (les pays sont trop petits ou trop fragmentés) : essayez une autre graine.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/workflow.py" line="28"/>
        <source>Run workflow from a scenario file (dock settings)</source>
        <translation>Exécuter le flux de travail depuis un fichier de scénario (paramètres du panneau)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/workflow.py" line="35"/>
        <source>Runs every step of the dock from a scenario file written with the dock&apos;s &apos;Export scenario&apos; button: prepare the species ranges and sites (or simulate training data), build the planning units, plan the network with the targets, objective and solver settings of the file, run the connectivity analyses that are ticked, find the TFCA candidates and export the maps.

The same file runs from the command line: python -m cms_connectivity_plugin run --scenario FILE --out FOLDER. Layers in the file are named by their path, so the file works on another computer when the data sit at the same place.

Output folder: every layer is written there as a GeoPackage (ranges.gpkg, sites.gpkg, planning_units.gpkg, solution.gpkg, tfca_candidates.gpkg ...), with maps/ and a copy of the scenario.</source>
        <translation>Exécute toutes les étapes du panneau à partir d'un fichier de scénario écrit avec le bouton « Exporter le scénario » du panneau : prépare les aires de répartition des espèces et les sites (ou simule des données de formation), construit les unités de planification, planifie le réseau avec les cibles, l'objectif et les paramètres de solveur du fichier, lance les analyses de connectivité cochées, trouve les candidates ACTF et exporte les cartes.

Le même fichier s'exécute en ligne de commande : python -m cms_connectivity_plugin run --scenario FICHIER --out DOSSIER. Les couches du fichier sont désignées par leur chemin : le fichier fonctionne sur un autre ordinateur si les données s'y trouvent au même endroit.

Dossier de sortie : chaque couche y est écrite en GeoPackage (ranges.gpkg, sites.gpkg, planning_units.gpkg, solution.gpkg, tfca_candidates.gpkg ...), avec maps/ et une copie du scénario.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/workflow.py" line="50"/>
        <source>Scenario file (JSON)</source>
        <translation>Fichier de scénario (JSON)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/workflow.py" line="59"/>
        <source>Outputs (JSON)</source>
        <translation>Sorties (JSON)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/qgis_io/workflow.py" line="33"/>
        <source>The Processing algorithm {alg} is not available: enable the CMS Connectivity Planner plugin (Plugins &gt; Manage and install plugins).</source>
        <translation>L'algorithme de traitement {alg} n'est pas disponible : activez l'extension Planificateur de connectivité CMS (Extensions &gt; Installer/Gérer les extensions).</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/qgis_io/workflow.py" line="110"/>
        <source>Cancelled by the user.</source>
        <translation>Annulé par l'utilisateur.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/qgis_io/workflow.py" line="111"/>
        <source>Running {alg}</source>
        <translation>Exécution de {alg}</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/connectivity.py" line="95"/>
        <source>How well connected is a network of sites, and which sites matter most? The sites become a graph: two sites are linked when they are close enough, and an animal leaving one reaches the other with probability p^(distance / d), where d is the species&apos; median dispersal distance (half of the dispersers go farther) and p is 0.5. Chains of stepping stones count: the best path between two sites is used.

Results (as Conefor computes them): PC, the probability that two random points of the landscape are in connected habitat; EC, the equivalent connected area (km2): the area of one single site that would offer the same connectivity; the share of it inside sites (intra), via direct links (direct) and thanks to stepping stones (step); IIC, the same with simple yes/no links.

Each site gets dPC: the percentage of connectivity lost if it disappeared, split into its own area (dPCintra), its links with other sites (dPCflux) and its role as a stepping stone between other sites (dPCconnector). High dPCconnector sites hold the network together even when small.

Distances are edge-to-edge (or between centres of the largest part) in an equal-area CRS. Links with a probability below the pruning threshold (0.001: about 10 times d) or beyond the cut-off are dropped. Every parameter is stored in the output layer&apos;s metadata (Layer Properties &gt; Metadata).

Tolerance (advanced; 0 = exact, the default): lets each dPC and dPCconnector be off by at most the tolerance x 100 percentage points (1e-6: 0.0001 points) to skip recomputing very improbable long paths; the largest error bound actually achieved is written in the log. It pays only on large networks in one piece (about 3 times faster at 1e-6 for 5,000 sites; hardly at 1e-9).</source>
        <translation>Dans quelle mesure un réseau de sites est-il connecté, et quels sites comptent le plus ? Les sites forment un graphe : deux sites sont reliés lorsqu'ils sont assez proches, et un animal quittant l'un atteint l'autre avec la probabilité p^(distance / d), où d est la distance de dispersion médiane de l'espèce (la moitié des individus dispersants vont plus loin) et p vaut 0.5. Les chaînes de sites relais comptent : le meilleur chemin entre deux sites est utilisé.

Résultats (calculés comme dans Conefor) : PC, la probabilité que deux points pris au hasard dans le paysage se trouvent dans des habitats connectés ; EC, la surface connectée équivalente (km2) : la surface d'un site unique qui offrirait la même connectivité ; la part de celle-ci à l'intérieur des sites (intra), via des liens directs (direct) et grâce aux relais (step) ; IIC, la même chose avec de simples liens oui/non.

Chaque site reçoit un dPC : le pourcentage de connectivité perdu s'il disparaissait, réparti entre sa propre surface (dPCintra), ses liens avec les autres sites (dPCflux) et son rôle de relais entre d'autres sites (dPCconnector). Les sites à dPCconnector élevé assurent la cohésion du réseau, même lorsqu'ils sont petits.

Les distances sont mesurées de bord à bord (ou entre les centres de la plus grande partie) dans un CRS équivalent. Les liens dont la probabilité est inférieure au seuil d'élagage (0.001 : environ 10 fois d) ou qui dépassent la distance de coupure sont supprimés. Tous les paramètres sont enregistrés dans les métadonnées de la couche de sortie (Propriétés de la couche &gt; Métadonnées).

Tolérance (avancé ; 0 = exact, par défaut) : autorise chaque dPC et dPCconnector à s'écarter d'au plus la tolérance x 100 points de pourcentage (1e-6 : 0.0001 point) afin de ne pas recalculer les longs chemins très improbables ; la plus grande borne d'erreur effectivement atteinte est écrite dans le journal. Elle n'est utile que sur les grands réseaux d'un seul tenant (environ 3 fois plus rapide à 1e-6 pour 5 000 sites ; presque aucun gain à 1e-9).</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/gui/docks/main_dock.py" line="288"/>
        <source>Choose &apos;Simulated training data&apos; first.</source>
        <translation>Choisissez d'abord « Données de formation simulées ».</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/gui/docks/main_dock.py" line="362"/>
        <source>The output folder cannot be written</source>
        <translation>Le dossier de sortie n'est pas accessible en écriture</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/calibration.py" line="333"/>
        <source>Solve 1 of 4: the cheapest network</source>
        <translation>Résolution 1 sur 4 : le réseau le moins coûteux</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/calibration.py" line="340"/>
        <source>Solve 2 of 4: the shortest edge at that cost</source>
        <translation>Résolution 2 sur 4 : le bord le plus court à ce coût</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/calibration.py" line="342"/>
        <source>Solve 3 of 4: the most compact network</source>
        <translation>Résolution 3 sur 4 : le réseau le plus compact</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/calibration.py" line="348"/>
        <source>Solve 4 of 4: the cheapest of the most compact networks</source>
        <translation>Résolution 4 sur 4 : le moins coûteux des réseaux les plus compacts</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/package.py" line="186"/>
        <source>The layer &apos;{layer}&apos; has no field &apos;selected&apos;: give the output of &apos;Plan the network&apos;.</source>
        <translation>La couche « {layer} » n'a pas de champ « selected » : fournissez la sortie de « Planifier le réseau ».</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/package.py" line="195"/>
        <source>The layer &apos;{layer}&apos; lacks the species or seasonal field: give the output of &apos;Prepare species ranges&apos;.</source>
        <translation>La couche « {layer} » n'a pas de champ d'espèce ou de saison : fournissez la sortie de « Préparer les aires de répartition des espèces ».</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/planning_units.py" line="851"/>
        <source>The lock-out threshold is {value}: give a share above 0 and at most 1 (0.5 locks out units at least half covered by the areas to keep out).</source>
        <translation>Le seuil d'exclusion vaut {value} : donnez une proportion supérieure à 0 et au plus égale à 1 (0.5 exclut les unités couvertes au moins à moitié par les zones à exclure).</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/planning_units.py" line="924"/>
        <source>{count} planning unit(s) would be both locked in and locked out (units {units}): they are covered at least {lock_in:g} by protected areas or areas to keep in and at least {lock_out:g} by areas to keep out. Raise the lock-in or the lock-out threshold, or edit the layers so that the areas to keep out do not overlap the protected areas and the areas to keep in.</source>
        <translation>{count} unité(s) de planification seraient à la fois verrouillées et exclues (unités {units}) : elles sont couvertes au moins à {lock_in:g} par des aires protégées ou des zones à garder, et au moins à {lock_out:g} par des zones à exclure. Relevez le seuil de verrouillage ou le seuil d'exclusion, ou modifiez les couches pour que les zones à exclure ne chevauchent ni les aires protégées ni les zones à garder.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/report.py" line="394"/>
        <source>Locked-in units before (km²)</source>
        <translation>Unités verrouillées avant (km²)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/report.py" line="394"/>
        <source>Locked-in units before (% of country)</source>
        <translation>Unités verrouillées avant (% du pays)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/report.py" line="394"/>
        <source>Network after (% of country)</source>
        <translation>Réseau après (% du pays)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/report.py" line="881"/>
        <source>National targets: the country holds at least the target share of the species&apos; range within its own borders. Locked-in units are the planning units at least half covered by protected areas, counted whole; they differ from Prot in the next table, which measures the protected areas themselves.</source>
        <translation>Cibles nationales : le pays couvre au moins la part cible de l'aire de répartition de l'espèce située à l'intérieur de ses propres frontières. Les unités verrouillées sont les unités de planification couvertes au moins à moitié par des aires protégées, comptées en entier ; elles diffèrent de Prot dans le tableau suivant, qui mesure les aires protégées elles-mêmes.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/report.py" line="891"/>
        <source>Prot: share of the country covered by protected areas (before) or by the network (after). ProtConn: the part of it that is also connected, for the median dispersal distance given (Saura et al. 2017).</source>
        <translation>Prot : part du pays couverte par des aires protégées (avant) ou par le réseau (après). ProtConn : la part de celle-ci qui est aussi connectée, pour la distance de dispersion médiane indiquée (Saura et al. 2017).</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/scenario.py" line="88"/>
        <source>&apos;{code}&apos; is not an ISO3 country code ({countries}?): use three letters, e.g. FRA.</source>
        <translation>« {code} » n'est pas un code de pays ISO3 ({countries} ?) : utilisez trois lettres, p. ex. FRA.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/workflow.py" line="381"/>
        <source>This scenario file is from an older version and sets max_offshore_km = {value}; today&apos;s runs always leave out parts more than {default:g} km offshore. Remove the setting to run it.</source>
        <translation>Ce fichier de scénario provient d'une version antérieure et fixe max_offshore_km = {value} ; désormais, les exécutions excluent toujours les parties situées à plus de {default:g} km en mer. Supprimez ce paramètre pour l'exécuter.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/workflow.py" line="424"/>
        <source>{label} is {value:g}: give a value above 0 and at most {high:g}.</source>
        <translation>{label} vaut {value:g} : donnez une valeur supérieure à 0 et au plus égale à {high:g}.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/workflow.py" line="524"/>
        <source>Not ISO3 country codes: {codes}. These are IOC, FIFA or other codes: write the ISO3 code shown in brackets.</source>
        <translation>Codes de pays non ISO3 : {codes}. Ce sont des codes CIO, FIFA ou autres : écrivez le code ISO3 indiqué entre parenthèses.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/workflow.py" line="539"/>
        <source>Choose at least one species-range layer or a tracking file (or tick simulated species).</source>
        <translation>Choisissez au moins une couche d'aires de répartition d'espèces ou un fichier de suivi (ou cochez les espèces simulées).</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/workflow.py" line="574"/>
        <source>The edge factor</source>
        <translation>Le facteur de bord</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/workflow.py" line="595"/>
        <source>ProtConn, dPC and corridors need existing sites: add a site layer on the Data step, or tick the simulated protected areas.</source>
        <translation>ProtConn, le dPC et les corridors nécessitent des sites existants : ajoutez une couche de sites à l'étape Données, ou cochez les aires protégées simulées.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/gui/docks/main_dock.py" line="324"/>
        <source>Out of date: settings changed since this step ran. Run it again.</source>
        <translation>Pas à jour : des paramètres ont changé depuis l'exécution de cette étape. Relancez-la.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/gui/docks/main_dock.py" line="338"/>
        <source>Ready to run.</source>
        <translation>Prête à être exécutée.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/gui/docks/main_dock.py" line="438"/>
        <source>Stopped by you: the best network found so far is kept, not proven optimal (gap {gap:.2%}). {met} targets met, {n} units selected, cost {cost:,.1f}.</source>
        <translation>Arrêté par vous : le meilleur réseau trouvé jusque-là est gardé, sans preuve d'optimalité (écart {gap:.2%}). {met} cibles atteintes, {n} unités sélectionnées, coût {cost:,.1f}.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/gui/docks/main_dock.py" line="492"/>
        <source>Open the report</source>
        <translation>Ouvrir le rapport</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/gui/docks/main_dock.py" line="498"/>
        <source>Open the folder</source>
        <translation>Ouvrir le dossier</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/gui/docks/main_dock.py" line="503"/>
        <source>Maps, report and GeoPackage written to {folder}.</source>
        <translation>Cartes, rapport et GeoPackage écrits dans {folder}.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/gui/steps.py" line="173"/>
        <source>Tick every species-range layer to use; they are read together.</source>
        <translation>Cochez chaque couche d'aires de répartition à utiliser ; elles sont lues ensemble.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/gui/steps.py" line="173"/>
        <source>Tick every site layer to use (protected areas, KBAs, Ramsar sites): optional; without sites nothing is locked in.</source>
        <translation>Cochez chaque couche de sites à utiliser (aires protégées, KBA, sites Ramsar) : facultatif ; sans sites, rien n'est verrouillé.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/gui/steps.py" line="197"/>
        <source>Simulated species</source>
        <translation>Espèces simulées</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/gui/steps.py" line="199"/>
        <source>Untick to plan for your own range layers or tracks only.</source>
        <translation>Décochez pour planifier uniquement avec vos propres couches d'aires de répartition ou vos trajectoires.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/gui/steps.py" line="199"/>
        <source>Untick to use your own site layers only (or none).</source>
        <translation>Décochez pour n'utiliser que vos propres couches de sites (ou aucune).</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/gui/widgets.py" line="237"/>
        <source>{name} (out of date)</source>
        <translation>{name} (pas à jour)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/package.py" line="50"/>
        <source>Export maps, report and GeoPackage</source>
        <translation>Exporter les cartes, le rapport et le GeoPackage</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/package.py" line="77"/>
        <source>Planned network (from &apos;Plan the network&apos;)</source>
        <translation>Réseau planifié (issu de « Planifier le réseau »)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/package.py" line="77"/>
        <source>Protected areas (from &apos;Prepare sites&apos;)</source>
        <translation>Aires protégées (issues de « Préparer les sites »)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/package.py" line="77"/>
        <source>TFCA candidates (from &apos;Find TFCA candidates&apos;)</source>
        <translation>Candidates ACTF (issues de « Trouver des candidates ACTF »)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/package.py" line="87"/>
        <source>Scenario settings (JSON)</source>
        <translation>Paramètres du scénario (JSON)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/package.py" line="92"/>
        <source>Solver summary (JSON, from &apos;Plan the network&apos;)</source>
        <translation>Résumé du solveur (JSON, issu de « Planifier le réseau »)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/package.py" line="100"/>
        <source>Export the maps (PDF, PNG)</source>
        <translation>Exporter les cartes (PDF, PNG)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/package.py" line="107"/>
        <source>Report (HTML)</source>
        <translation>Rapport (HTML)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/package.py" line="110"/>
        <source>Candidate atlas (PDF)</source>
        <translation>Atlas des candidates (PDF)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/package.py" line="122"/>
        <source>Reading the plan</source>
        <translation>Lecture du plan</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/qgis_io/run.py" line="165"/>
        <source>Writing the GeoPackage, report and maps</source>
        <translation>Écriture du GeoPackage, du rapport et des cartes</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/package.py" line="166"/>
        <source>The solver summary &apos;{path}&apos; cannot be read ({reason}).</source>
        <translation>Impossible de lire le résumé du solveur « {path} » ({reason}).</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/plan.py" line="113"/>
        <source>Locked-out field (default: locked_out, else none)</source>
        <translation>Champ d'exclusion (par défaut : locked_out, sinon aucun)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/plan.py" line="206"/>
        <source>Edge factor (share of the outer edge counted in the boundary)</source>
        <translation>Facteur de bord (part du bord extérieur comptée dans la bordure)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/plan.py" line="274"/>
        <source>Fields used: unit id {unit_id}, cost {cost}, locked in {locked}, locked out {locked_out}; species {species}, season {season}.</source>
        <translation>Champs utilisés : identifiant d'unité {unit_id}, coût {cost}, verrouillage {locked}, exclusion {locked_out} ; espèce {species}, saison {season}.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/plan.py" line="426"/>
        <source>Solver summary (JSON, for the report)</source>
        <translation>Résumé du solveur (JSON, pour le rapport)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/plan.py" line="426"/>
        <source>JSON files (*.json)</source>
        <translation>Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/planning_units.py" line="100"/>
        <source>Cuts the study area into planning units: the pieces of land the plan chooses from.

Study area: ISO3 codes of countries separated by commas (e.g. BEL,LUX; borders from QGIS&apos;s world map unless you choose a border layer), or a polygon layer (which then wins over the codes).

Units: hexagons (the usual choice) or squares of the given area in km2, or the polygons of a layer such as protected sites or parcels (one unit per feature; give an id field to keep your own ids). Units are cut at the study-area edge; units outside it are left out.

Cost (what the plan tries to keep low): the unit&apos;s area by default; or a numeric field of the unit layer; or the mean of a cost raster (e.g. land price or human footprint) over each unit, in any CRS.

Protected areas: units covered at least to the lock-in threshold (0.5 = half) are locked into the plan.

Also keep in the network (optional): polygon layers of places that must be in the network though not yet protected (agreed sites); units covered at least to the lock-in threshold are locked in too. Keep out of the network (optional): polygon layers of places the network must avoid (cities, mining concessions, infrastructure); units covered at least to the lock-out threshold are locked out and never selected. A unit both locked in and locked out stops the run.

Output: one feature per unit with unit_id, area_km2, cost, country, protected_share, lockin_share and lockout_share (shares covered by the layers to keep in and to keep out), locked_in, locked_out and exposed_km (edge on the study-area boundary); optionally a boundary table (CSV, Marxan bound.dat style: id1,id2,boundary in km, outer edges as rows with id1 = id2) for compact plans. All areas are measured in an equal-area CRS centred on the study area unless you choose one.</source>
        <translation>Découpe la zone d'étude en unités de planification : les parcelles de territoire parmi lesquelles le plan choisit.

Zone d'étude : codes ISO3 des pays séparés par des virgules (p. ex. BEL,LUX ; frontières issues de la carte du monde de QGIS, sauf si vous choisissez une couche de frontières), ou une couche de polygones (qui l'emporte alors sur les codes).

Unités : hexagones (le choix habituel) ou carrés de la surface indiquée en km2, ou polygones d'une couche comme des sites protégés ou des parcelles (une unité par entité ; indiquez un champ d'identifiant pour garder vos propres identifiants). Les unités sont découpées au bord de la zone d'étude ; les unités situées à l'extérieur sont exclues.

Coût (ce que le plan cherche à minimiser) : la surface de l'unité par défaut ; ou un champ numérique de la couche d'unités ; ou la moyenne d'un raster de coût (p. ex. prix du foncier ou empreinte humaine) sur chaque unité, dans n'importe quel CRS.

Aires protégées : les unités couvertes au moins jusqu'au seuil de verrouillage (0.5 = moitié) sont verrouillées dans le plan.

À garder aussi dans le réseau (facultatif) : couches de polygones des lieux qui doivent faire partie du réseau sans être encore protégés (sites convenus) ; les unités couvertes au moins jusqu'au seuil de verrouillage sont verrouillées elles aussi. À exclure du réseau (facultatif) : couches de polygones des lieux que le réseau doit éviter (villes, concessions minières, infrastructures) ; les unités couvertes au moins jusqu'au seuil d'exclusion sont exclues et jamais sélectionnées. Une unité à la fois verrouillée et exclue arrête l'exécution.

Sortie : une entité par unité avec unit_id, area_km2, cost, country, protected_share, lockin_share et lockout_share (parts couvertes par les couches à garder et à exclure), locked_in, locked_out et exposed_km (bord situé sur la limite de la zone d'étude) ; en option, une table des bordures (CSV, au format bound.dat de Marxan : id1,id2,boundary en km, bords extérieurs en lignes avec id1 = id2) pour des plans compacts. Toutes les surfaces sont mesurées dans un CRS équivalent centré sur la zone d'étude, sauf si vous en choisissez un.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/planning_units.py" line="236"/>
        <source>Also keep in the network (locked in)</source>
        <translation>À garder aussi dans le réseau (verrouillées)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/planning_units.py" line="236"/>
        <source>Keep out of the network (locked out)</source>
        <translation>À exclure du réseau (exclues)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/planning_units.py" line="245"/>
        <source>Lock-out threshold (share of a unit covered by areas to keep out, 0-1)</source>
        <translation>Seuil d'exclusion (part d'une unité couverte par les zones à exclure, 0-1)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/planning_units.py" line="475"/>
        <source>{n} planning units, {area:,.0f} km2; {locked} locked in, {locked_out} locked out; {pairs} neighbouring pairs.</source>
        <translation>{n} unités de planification, {area:,.0f} km2 ; {locked} verrouillées, {locked_out} exclues ; {pairs} paires voisines.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/tfca.py" line="120"/>
        <source>Species field (default: species, binomial or sci_name)</source>
        <translation>Champ d'espèce (par défaut : species, binomial ou sci_name)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/qgis_io/run.py" line="81"/>
        <source>The {what} layer &apos;{source}&apos; cannot be opened: run its step again.</source>
        <translation>Impossible d'ouvrir la couche {what} « {source} » : relancez son étape.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/qgis_io/snapshots.py" line="46"/>
        <source>Internal error: the layer &apos;{layer}&apos; was read from a background thread. Please report this problem; meanwhile run the algorithm from the toolbox.</source>
        <translation>Erreur interne : la couche « {layer} » a été lue depuis un fil d'exécution en arrière-plan. Veuillez signaler ce problème ; en attendant, exécutez l'algorithme depuis la boîte à outils de traitement.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/workflow.py" line="553"/>
        <source>The lock-out share</source>
        <translation>La part d'exclusion</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/gui/steps.py" line="429"/>
        <source>Polygons whose units must be in the network (agreed sites not yet in the protected-area layer), at the lock-in share above.</source>
        <translation>Polygones dont les unités doivent faire partie du réseau (sites convenus pas encore dans la couche des aires protégées), à partir de la part de verrouillage ci-dessus.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/gui/steps.py" line="436"/>
        <source>Polygons whose units must stay out of the network (cities, mining concessions, infrastructure), when they cover half a unit or more.</source>
        <translation>Polygones dont les unités doivent rester hors du réseau (villes, concessions minières, infrastructures), lorsqu'ils couvrent la moitié d'une unité ou plus.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/gui/steps.py" line="442"/>
        <source>Also keep in</source>
        <translation>Garder aussi dans le réseau</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/gui/steps.py" line="499"/>
        <source>Keep out</source>
        <translation>Exclure du réseau</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/gui/steps.py" line="497"/>
        <source>Keep in</source>
        <translation>Garder dans le réseau</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/planning_units.py" line="225"/>
        <source>Lock-in threshold (share of a unit protected or to keep in, 0-1)</source>
        <translation>Seuil de verrouillage (part d'une unité protégée ou à garder, 0-1)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/qgis_io/styles.py" line="41"/>
        <source>Kept out (locked out)</source>
        <translation>Tenue hors du réseau (exclue)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/gui/steps.py" line="216"/>
        <source>Optional: these layers are added to the simulated data.</source>
        <translation>Facultatif : ces couches s'ajoutent aux données simulées.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/gui/docks/main_dock.py" line="464"/>
        <source>Suggested BLM: {blm:.4g}, where cost and edge weigh equally. The cheapest network costs {cost_a:,.0f} with {edge_a:,.0f} km of edge; the most compact costs {cost_b:,.0f} with {edge_b:,.0f} km. Try half and double as well.</source>
        <translation>BLM suggéré : {blm:.4g}, où coût et bordure pèsent autant. Le réseau le moins coûteux coûte {cost_a:,.0f} avec {edge_a:,.0f} km de bordure ; le plus compact coûte {cost_b:,.0f} avec {edge_b:,.0f} km. Essayez aussi la moitié et le double.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/plan.py" line="677"/>
        <source>Cost of the cheapest network</source>
        <translation>Coût du réseau le moins coûteux</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/plan.py" line="677"/>
        <source>Edge of the cheapest network (km)</source>
        <translation>Lisière du réseau le moins coûteux (km)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/plan.py" line="677"/>
        <source>Cost of the most compact network</source>
        <translation>Coût du réseau le plus compact</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/plan.py" line="677"/>
        <source>Edge of the most compact network (km)</source>
        <translation>Lisière du réseau le plus compact (km)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/credits.py" line="93"/>
        <source>SIMULATED DATA, FOR TRAINING ONLY: not for decisions.</source>
        <translation>DONNÉES SIMULÉES, POUR LA FORMATION UNIQUEMENT : ne pas utiliser pour décider.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/credits.py" line="114"/>
        <source>Borders: {layer}.</source>
        <translation>Frontières : {layer}.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/credits.py" line="116"/>
        <source>Borders: Natural Earth (public domain), via QGIS world_map.gpkg.</source>
        <translation>Frontières : Natural Earth (domaine public), via world_map.gpkg de QGIS.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/credits.py" line="135"/>
        <source>simulated by CMS Connectivity Planner (training data)</source>
        <translation>simulées par CMS Connectivity Planner (données de formation)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/credits.py" line="125"/>
        <source>GPS tracks {file} ({species})</source>
        <translation>suivis GPS {file} ({species})</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/credits.py" line="131"/>
        <source>Species ranges: {sources}.</source>
        <translation>Aires de répartition des espèces : {sources}.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/credits.py" line="137"/>
        <source>Protected areas and sites: {sources}.</source>
        <translation>Aires protégées et sites : {sources}.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/gui/steps.py" line="751"/>
        <source>e.g. Ramsar sites: Ministry of Environment, 2025</source>
        <translation>p. ex. Sites Ramsar : ministère de l'Environnement, 2025</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/gui/steps.py" line="752"/>
        <source>Added to the credits the maps and the report build from the data used (borders, ranges, tracks, sites).</source>
        <translation>Ajouté aux crédits que les cartes et le rapport tirent des données utilisées (frontières, aires de répartition, suivis, sites).</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/gui/steps.py" line="759"/>
        <source>Credits</source>
        <translation>Crédits</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/report.py" line="280"/>
        <source>Appendix: settings of the run (scenario.json) and solver</source>
        <translation>Annexe : paramètres du calcul (scenario.json) et solveur</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/qgis_io/layouts.py" line="989"/>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/report.py" line="430"/>
        <source>Already protected (%)</source>
        <translation>Déjà protégé (%)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/qgis_io/layouts.py" line="967"/>
        <source>Species across the border</source>
        <translation>Espèces de part et d'autre de la frontière</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/qgis_io/layouts.py" line="976"/>
        <source>Connectivity importance (dPC, %)</source>
        <translation>Importance pour la connectivité (dPC, %)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/report.py" line="434"/>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/qgis_io/layouts.py" line="478"/>
        <source>TFCA candidate</source>
        <translation>Candidate ACTF</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/qgis_io/layouts.py" line="1039"/>
        <source>Key figures</source>
        <translation>Chiffres clés</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/qgis_io/layouts.py" line="950"/>
        <source>Area</source>
        <translation>Superficie</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/qgis_io/layouts.py" line="966"/>
        <source>Already protected</source>
        <translation>Déjà protégé</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/qgis_io/layouts.py" line="967"/>
        <source>Species represented</source>
        <translation>Espèces représentées</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/qgis_io/layouts.py" line="983"/>
        <source>Selection frequency</source>
        <translation>Fréquence de sélection</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/report.py" line="793"/>
        <source>The network and the TFCA candidates (tfca_map.pdf)</source>
        <translation>Le réseau et les candidates ACTF (tfca_map.pdf)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/report.py" line="799"/>
        <source>{met} of {targets} species-season targets met; {n} TFCA candidate(s).</source>
        <translation>{met} cibles espèce-saison atteintes sur {targets} ; {n} candidate(s) ACTF.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/report.py" line="768"/>
        <source>GBF Target 3 per country</source>
        <translation>Cible 3 du CMB par pays</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/report.py" line="768"/>
        <source>Protected (%), before</source>
        <translation>Protégé (%), avant</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/report.py" line="768"/>
        <source>ProtConn (%), before</source>
        <translation>ProtConn (%), avant</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/report.py" line="768"/>
        <source>Protected (%), with the plan</source>
        <translation>Protégé (%), avec le plan</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/report.py" line="768"/>
        <source>ProtConn (%), with the plan</source>
        <translation>ProtConn (%), avec le plan</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/report.py" line="768"/>
        <source>Units in the network (% of country)</source>
        <translation>Unités dans le réseau (% du pays)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/report.py" line="790"/>
        <source>Summary</source>
        <translation>Synthèse</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/report.py" line="816"/>
        <source>First TFCA candidates</source>
        <translation>Premières candidates ACTF</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/report.py" line="859"/>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/report.py" line="901"/>
        <source>ProtConn was not computed for this run.</source>
        <translation>ProtConn n'a pas été calculé pour ce calcul.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/report.py" line="931"/>
        <source>Charts</source>
        <translation>Graphiques</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/report.py" line="127"/>
        <source>uncertain</source>
        <translation>incertaine</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/report.py" line="137"/>
        <source>Other (sea or other countries)</source>
        <translation>Autre (mer ou autres pays)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/report.py" line="843"/>
        <source>Report generated on {date}.</source>
        <translation>Rapport établi le {date}.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/solvers/__init__.py" line="157"/>
        <source>optimal</source>
        <translation>optimal</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/solvers/__init__.py" line="158"/>
        <source>time limit reached</source>
        <translation>limite de temps atteinte</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/solvers/__init__.py" line="159"/>
        <source>iteration limit reached</source>
        <translation>limite d'itérations atteinte</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/solvers/__init__.py" line="160"/>
        <source>solution limit reached</source>
        <translation>limite de solutions atteinte</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/solvers/__init__.py" line="161"/>
        <source>objective bound reached</source>
        <translation>borne de l'objectif atteinte</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/solvers/__init__.py" line="162"/>
        <source>objective target reached</source>
        <translation>cible de l'objectif atteinte</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/solvers/__init__.py" line="163"/>
        <source>out of memory</source>
        <translation>mémoire insuffisante</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/solvers/__init__.py" line="164"/>
        <source>infeasible</source>
        <translation>irréalisable</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/solvers/__init__.py" line="165"/>
        <source>unbounded</source>
        <translation>non borné</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/solvers/__init__.py" line="166"/>
        <source>stopped by the user</source>
        <translation>arrêté par l'utilisateur</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/solvers/__init__.py" line="167"/>
        <source>feasible</source>
        <translation>réalisable</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/solvers/__init__.py" line="168"/>
        <source>heuristic</source>
        <translation>heuristique</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/qgis_io/layouts.py" line="958"/>
        <source>{area:,.0f} km²</source>
        <translation>{area:,.0f} km²</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/qgis_io/layouts.py" line="958"/>
        <source>Area in {country}</source>
        <translation>Superficie – {country}</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/qgis_io/layouts.py" line="988"/>
        <source>{rank} of {n}</source>
        <translation>{rank} sur {n}</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/qgis_io/styles.py" line="41"/>
        <source>Top 3 candidates</source>
        <translation>3 meilleures candidates</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/qgis_io/styles.py" line="41"/>
        <source>Candidates ranked 4 to 10</source>
        <translation>Candidates classées de 4 à 10</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/qgis_io/styles.py" line="41"/>
        <source>Other candidates</source>
        <translation>Autres candidates</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/qgis_io/styles.py" line="142"/>
        <source>TFCA</source>
        <translation>ACTF</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/credits.py" line="142"/>
        <source>Cite: {citations}.</source>
        <translation>Citer : {citations}.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/qgis_io/credits.py" line="48"/>
        <source>compiler: {names}</source>
        <translation>compilation : {names}</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/cli.py" line="243"/>
        <source>The output folder &apos;{path}&apos; is not a folder: give a folder (it is created if missing).</source>
        <translation>Le dossier de sortie « {path} » n'est pas un dossier : donnez un dossier (il est créé s'il n'existe pas).</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/cli.py" line="278"/>
        <source>{n:.0f} s</source>
        <translation>{n:.0f} s</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/cli.py" line="280"/>
        <source>{n:.0f} min</source>
        <translation>{n:.0f} min</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/cli.py" line="282"/>
        <source>{n:.1f} h</source>
        <translation>{n:.1f} h</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/cli.py" line="283"/>
        <source>{n:.1f} days</source>
        <translation>{n:.1f} jours</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/cli.py" line="307"/>
        <source>NUMREPS is {runs} and the first run took {seconds:.1f} s, so all runs may take about {total}; press Ctrl+C to cancel (nothing is written), or lower NUMREPS in input.dat.</source>
        <translation>NUMREPS vaut {runs} et le premier calcul a pris {seconds:.1f} s, l'ensemble peut donc prendre environ {total} ; appuyez sur Ctrl+C pour annuler (rien n'est écrit), ou réduisez NUMREPS dans input.dat.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/cli.py" line="319"/>
        <source>run {run} of {runs}: objective {objective:,.6g}, gap {gap:.3%}</source>
        <translation>calcul {run} sur {runs} : objectif {objective:,.6g}, écart {gap:.3%}</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/cli.py" line="323"/>
        <source>; about {left} left</source>
        <translation> ; encore environ {left}</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/cli.py" line="343"/>
        <source>after {run} of {runs} runs</source>
        <translation>après {run} calculs sur {runs}</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/cli.py" line="345"/>
        <source>before the first run ended</source>
        <translation>avant la fin du premier calcul</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/cli.py" line="346"/>
        <source>cancelled (Ctrl+C) {where}; no output file of this run was written.</source>
        <translation>annulé (Ctrl+C) {where} ; aucun fichier de résultats de ce calcul n'a été écrit.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/cli.py" line="392"/>
        <source>{reason} ({file}); check the folder and run again.</source>
        <translation>{reason} ({file}) ; vérifiez le dossier et relancez.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/cli.py" line="507"/>
        <source>cancelled (Ctrl+C).</source>
        <translation>annulé (Ctrl+C).</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/borders.py" line="64"/>
        <source>The border layer &apos;{layer}&apos; has {n} feature(s) that are points or lines, not polygons (first: row {row}, {kind}): country borders must be polygons. Choose a polygon layer of countries, or leave it empty to use QGIS&apos;s world map.</source>
        <translation>La couche de frontières « {layer} » a {n} entité(s) qui sont des points ou des lignes, pas des polygones (première : ligne {row}, {kind}) : les frontières des pays doivent être des polygones. Choisissez une couche de polygones de pays, ou laissez vide pour utiliser la carte du monde de QGIS.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/conefor.py" line="279"/>
        <source>-landArea must be a positive number up to 1e15 (got {value}); rescale the areas, e.g. to ha or km2.</source>
        <translation>-landArea doit être un nombre positif d'au plus 1e15 (reçu {value}) ; changez l'unité des surfaces, par exemple en ha ou en km2.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/conefor.py" line="302"/>
        <source>The {what} &apos;{path}&apos; could not be read ({reason}): check the path.</source>
        <translation>Le {what} '{path}' n'a pas pu être lu ({reason}) : vérifiez le chemin.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/conefor.py" line="338"/>
        <source>Line {line} of the node file &apos;{path}&apos;: the attribute &apos;{value}&apos; of node {id} must be a number from 0 to 1e15 (rescale larger areas, e.g. to ha or km2).</source>
        <translation>Ligne {line} du fichier de nœuds '{path}' : l'attribut '{value}' du nœud {id} doit être un nombre de 0 à 1e15 (changez l'unité des grandes surfaces, par exemple en ha ou en km2).</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/conefor.py" line="346"/>
        <source>Lines {first} and {line} of the node file &apos;{path}&apos; both give node {id}: keep one line per node.</source>
        <translation>Les lignes {first} et {line} du fichier de nœuds '{path}' donnent toutes deux le nœud {id} : gardez une ligne par nœud.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/conefor.py" line="375"/>
        <source>The node file &apos;{path}&apos;: the attributes of the {which} nodes are all 0, so every index would be 0/0; give at least one of them an attribute above 0.</source>
        <translation>Fichier de nœuds '{path}' : les attributs des nœuds {which} valent tous 0, tous les indices vaudraient donc 0/0 ; donnez à au moins l'un d'eux un attribut supérieur à 0.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/conefor.py" line="375"/>
        <source>existing</source>
        <translation>existants</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/conefor.py" line="375"/>
        <source>listed</source>
        <translation>listés</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/conefor.py" line="393"/>
        <source>The connection file &apos;{path}&apos; lists no connection: write one &apos;id1 id2 {what}&apos; per line.</source>
        <translation>Le fichier de connexions '{path}' ne contient aucune connexion : écrivez une ligne 'id1 id2 {what}' par connexion.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/conefor.py" line="427"/>
        <source>Line {line} of the connection file &apos;{path}&apos; connects node {id} to itself; remove the line (a node&apos;s own area counts without a connection).</source>
        <translation>La ligne {line} du fichier de connexions '{path}' relie le nœud {id} à lui-même ; supprimez la ligne (la surface propre d'un nœud compte sans connexion).</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/conefor.py" line="438"/>
        <source>Lines {first} and {line} of the connection file &apos;{path}&apos; give the pair {id1}-{id2} two different values ({value1} and {value2}); keep the right one.</source>
        <translation>Les lignes {first} et {line} du fichier de connexions '{path}' donnent à la paire {id1}-{id2} deux valeurs différentes ({value1} et {value2}) ; gardez la bonne.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/conefor.py" line="504"/>
        <source>The results file &apos;{path}&apos; could not be read ({reason}); move it away and run again.</source>
        <translation>Le fichier de résultats '{path}' n'a pas pu être lu ({reason}) ; déplacez-le puis relancez.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/conefor.py" line="547"/>
        <source>Could not write &apos;{path}&apos; ({reason}); nothing of this run was kept: run Conefor from a folder you can write to, with free disk space.</source>
        <translation>Impossible d'écrire '{path}' ({reason}) ; rien de ce calcul n'a été conservé : lancez Conefor depuis un dossier accessible en écriture, avec de l'espace disque libre.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/conefor.py" line="600"/>
        <source>The results of &apos;{nodes}&apos; and &apos;{connections}&apos; are not finite numbers (the attributes or -landArea are too large for double precision); rescale them, e.g. to km2.</source>
        <translation>Les résultats de '{nodes}' et '{connections}' ne sont pas des nombres finis (attributs ou -landArea trop grands pour la double précision) ; changez leur unité, par exemple en km2.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/conefor.py" line="875"/>
        <source>{reason} ({file}); check the files and the folder, then run again.</source>
        <translation>{reason} ({file}) ; vérifiez les fichiers et le dossier, puis relancez.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/conefor.py" line="884"/>
        <source>cancelled (Ctrl+C); no file was written.</source>
        <translation>annulé (Ctrl+C) ; aucun fichier n'a été écrit.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/corridors.py" line="207"/>
        <source>The resistance raster &apos;{raster}&apos; has {n} cell(s) with a resistance above {limit:g} (highest {high:g}): such values overflow the corridor costs. If they mean &apos;no data&apos; or &apos;impassable&apos;, set that value as the raster&apos;s nodata; otherwise rescale the resistances (e.g. 1 to 1000).</source>
        <translation>Le raster de résistance « {raster} » a {n} cellule(s) dont la résistance dépasse {limit:g} (maximum {high:g}) : de telles valeurs font déborder les coûts des corridors. Si elles signifient « pas de données » ou « infranchissable », définissez cette valeur comme valeur nodata du raster ; sinon changez l'échelle des résistances (par exemple de 1 à 1000).</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/crs.py" line="85"/>
        <source>Coordinates up to {value:.6g} cannot be degrees, yet the layer&apos;s CRS ({crs}) is geographic: the layer carries the wrong CRS. Set the CRS its coordinates are in (Layer &gt; Set CRS).</source>
        <translation>Des coordonnées allant jusqu'à {value:.6g} ne peuvent pas être des degrés, alors que le SCR de la couche ({crs}) est géographique : la couche porte un mauvais SCR. Définissez le SCR de ses coordonnées (Couche &gt; Définir le SCR).</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/crs.py" line="91"/>
        <source>Coordinates up to {value:.6g} cannot be degrees, yet the CRS of the layer &apos;{layer}&apos; ({crs}) is geographic: the layer carries the wrong CRS. Set the CRS its coordinates are in (Layer &gt; Set CRS).</source>
        <translation>Des coordonnées allant jusqu'à {value:.6g} ne peuvent pas être des degrés, alors que le SCR de la couche « {layer} » ({crs}) est géographique : la couche porte un mauvais SCR. Définissez le SCR de ses coordonnées (Couche &gt; Définir le SCR).</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/crs.py" line="173"/>
        <source>Coordinates (up to {value:.6g}) cannot be reprojected from {src} to {dst}: they lie far outside the area of the layer&apos;s CRS. Check the layer&apos;s CRS (Layer &gt; Set CRS) or remove the features with wrong coordinates.</source>
        <translation>Des coordonnées (jusqu'à {value:.6g}) ne peuvent pas être reprojetées de {src} vers {dst} : elles sont très loin de l'emprise du SCR de la couche. Vérifiez le SCR de la couche (Couche &gt; Définir le SCR) ou supprimez les entités aux coordonnées erronées.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/crs.py" line="179"/>
        <source>The layer &apos;{layer}&apos; has coordinates (up to {value:.6g}) that cannot be reprojected from {src} to {dst}: they lie far outside the area of its CRS. Check the layer&apos;s CRS (Layer &gt; Set CRS) or remove the features with wrong coordinates.</source>
        <translation>La couche « {layer} » a des coordonnées (jusqu'à {value:.6g}) qui ne peuvent pas être reprojetées de {src} vers {dst} : elles sont très loin de l'emprise de son SCR. Vérifiez le SCR de la couche (Couche &gt; Définir le SCR) ou supprimez les entités aux coordonnées erronées.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/marxan.py" line="305"/>
        <source>give at most 1e15 (rescale the boundary lengths).</source>
        <translation>donnez au plus 1e15 (changez l'unité des longueurs de limite).</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/marxan.py" line="310"/>
        <source>each run is a complete exact solve (the first is the optimum, the others the next best different selections), so give at most 10000 runs; 10 to 100 are usually enough to map how often each unit is selected.</source>
        <translation>chaque calcul est une résolution exacte complète (le premier est l'optimum, les autres les meilleures sélections différentes suivantes), donnez donc au plus 10000 calculs ; 10 à 100 suffisent en général pour cartographier la fréquence de sélection de chaque unité.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/marxan.py" line="340"/>
        <source>give a plain name (letters, digits, &apos;_&apos; or &apos;-&apos;): it starts the name of every output file; choose the folder with OUTPUTDIR.</source>
        <translation>donnez un nom simple (lettres, chiffres, '_' ou '-') : il commence le nom de chaque fichier de résultats ; choisissez le dossier avec OUTPUTDIR.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/tables.py" line="247"/>
        <source>the {column} {value} is too large (the limit is 1e15); rescale the column, e.g. to thousands or km2.</source>
        <translation>la valeur {value} de {column} est trop grande (la limite est 1e15) ; changez l'unité de la colonne, par exemple en milliers ou en km2.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/marxan.py" line="457"/>
        <source>the status &apos;{value}&apos; of planning unit {id} is not a Marxan status; use 0 (free), 1 (initial reserve, not locked), 2 (locked in) or 3 (locked out).</source>
        <translation>le statut '{value}' de l'unité de planification {id} n'est pas un statut Marxan ; utilisez 0 (libre), 1 (réserve initiale, non verrouillée), 2 (verrouillée dedans) ou 3 (verrouillée dehors).</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/marxan.py" line="1255"/>
        <source>free some disk space or point OUTPUTDIR to another disk</source>
        <translation>libérez de l'espace disque ou indiquez un autre disque dans OUTPUTDIR</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/marxan.py" line="1257"/>
        <source>make the folder writable or point OUTPUTDIR to another folder</source>
        <translation>rendez le dossier accessible en écriture ou indiquez un autre dossier dans OUTPUTDIR</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/marxan.py" line="1258"/>
        <source>Could not write the Marxan outputs to {folder} ({file}: {reason}); no output of this run was kept and the folder holds its earlier files unchanged: {fix} (input.dat line {line}), then run again.</source>
        <translation>Impossible d'écrire les résultats Marxan dans {folder} ({file} : {reason}) ; aucun résultat de ce calcul n'a été conservé et le dossier garde ses fichiers précédents intacts : {fix} (input.dat ligne {line}), puis relancez.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/marxan.py" line="1404"/>
        <source>input.dat line {line}: OUTPUTDIR</source>
        <translation>input.dat ligne {line} : OUTPUTDIR</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/marxan.py" line="1408"/>
        <source>The output folder</source>
        <translation>Le dossier de sortie</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/marxan.py" line="1410"/>
        <source>{where} is {folder}, which is a file, not a folder; rename or remove that file, or point OUTPUTDIR to a folder.</source>
        <translation>{where} vaut {folder}, qui est un fichier et non un dossier ; renommez ou supprimez ce fichier, ou indiquez un dossier dans OUTPUTDIR.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/marxan.py" line="1422"/>
        <source>{where} is {folder}, which could not be created ({reason}); create it yourself or point OUTPUTDIR to a folder you can write to.</source>
        <translation>{where} vaut {folder}, qui n'a pas pu être créé ({reason}) ; créez-le vous-même ou indiquez dans OUTPUTDIR un dossier accessible en écriture.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/marxan.py" line="1431"/>
        <source>{where} is {folder}, which cannot be written to ({reason}); make it writable (e.g. chmod u+w) or point OUTPUTDIR to another folder.</source>
        <translation>{where} vaut {folder}, où l'on ne peut pas écrire ({reason}) ; rendez-le accessible en écriture (par exemple chmod u+w) ou indiquez un autre dossier dans OUTPUTDIR.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/marxan.py" line="1495"/>
        <source>NUMREPS above 1</source>
        <translation>NUMREPS supérieur à 1</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/problem/model.py" line="220"/>
        <source>The cost of planning unit {units} is {value:g}, above {limit:g}: the solver cannot work with such numbers. Check the cost field, or rescale the costs (e.g. to thousands) so that every cost is below {limit:g}.</source>
        <translation>Le coût de l'unité de planification {units} est de {value:g}, au-delà de {limit:g} : le solveur ne peut pas travailler avec de tels nombres. Vérifiez le champ de coût, ou changez l'échelle des coûts (par exemple en milliers) pour que chaque coût soit inférieur à {limit:g}.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/problem/penalties.py" line="188"/>
        <source>The boundary length modifier {value:g} times the longest boundary ({length:g}) is above {limit:g}: the solver cannot work with such numbers. Use a modifier below {most:g} (&apos;Suggest a boundary length modifier&apos; finds a balanced value).</source>
        <translation>Le modificateur de longueur de bordure {value:g} multiplié par la plus longue bordure ({length:g}) dépasse {limit:g} : le solveur ne peut pas travailler avec de tels nombres. Utilisez un modificateur inférieur à {most:g} (« Suggérer un modificateur de longueur de bordure (BLM) » trouve une valeur équilibrée).</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/workflow.py" line="122"/>
        <source>The setting &apos;{key}&apos; is {value}: give a number (without quotes), e.g. {example}.</source>
        <translation>Le paramètre « {key} » vaut {value} : donnez un nombre (sans guillemets), p. ex. {example}.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/workflow.py" line="114"/>
        <source>The setting &apos;{key}&apos; is {value}: give a whole number, e.g. {example}.</source>
        <translation>Le paramètre « {key} » vaut {value} : donnez un nombre entier, p. ex. {example}.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/workflow.py" line="157"/>
        <source>The setting &apos;{key}&apos; is {value}: give a list of texts, e.g. [&quot;FRA&quot;, &quot;ESP&quot;], or one text with commas.</source>
        <translation>Le paramètre « {key} » vaut {value} : donnez une liste de textes, p. ex. [&quot;FRA&quot;, &quot;ESP&quot;], ou un texte avec des virgules.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/tracks.py" line="510"/>
        <source>The tracking file &apos;{source}&apos; cannot be read ({error}): check that it exists and that you may read it.</source>
        <translation>Le fichier de suivi « {source} » ne peut pas être lu ({error}) : vérifiez qu'il existe et que vous avez le droit de le lire.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/tracks.py" line="520"/>
        <source>The tracking file &apos;{source}&apos; is a damaged or incomplete gzip file (it ends early or is corrupt): download or compress it again.</source>
        <translation>Le fichier de suivi « {source} » est un fichier gzip endommagé ou incomplet (il s'arrête trop tôt ou est corrompu) : téléchargez-le ou compressez-le de nouveau.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/tracks.py" line="527"/>
        <source>The tracking file &apos;{source}&apos; ends in .gz but is not gzip-compressed: rename it to .csv if it is plain CSV, or compress it with gzip.</source>
        <translation>Le fichier de suivi « {source} » se termine par .gz mais n'est pas compressé avec gzip : renommez-le en .csv s'il s'agit d'un CSV simple, ou compressez-le avec gzip.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/tracks.py" line="534"/>
        <source>The tracking file &apos;{source}&apos; is a ZIP archive or a spreadsheet, not CSV: extract it, or save the sheet as CSV UTF-8.</source>
        <translation>Le fichier de suivi « {source} » est une archive ZIP ou un classeur, pas un CSV : extrayez-le, ou enregistrez la feuille en CSV UTF-8.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/tracks.py" line="543"/>
        <source>Line {line} of the tracking file &apos;{source}&apos; is not UTF-8 text: save the file as CSV UTF-8 (not a binary or spreadsheet file).</source>
        <translation>La ligne {line} du fichier de suivi « {source} » n'est pas du texte UTF-8 : enregistrez le fichier en CSV UTF-8 (pas un fichier binaire ni un classeur).</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/tracks.py" line="551"/>
        <source>Line {line} of the tracking file &apos;{source}&apos; holds binary data (a NUL byte): choose a CSV text file, or export the data again as CSV.</source>
        <translation>La ligne {line} du fichier de suivi « {source} » contient des données binaires (un octet NUL) : choisissez un fichier texte CSV, ou exportez de nouveau les données en CSV.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/tracks.py" line="594"/>
        <source>Line {line} of the tracking file &apos;{source}&apos; cannot be read as CSV ({error}): check the delimiter and the quotes, or export the file again as CSV.</source>
        <translation>La ligne {line} du fichier de suivi « {source} » ne peut pas être lue comme CSV ({error}) : vérifiez le séparateur et les guillemets, ou exportez de nouveau le fichier en CSV.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/workflow.py" line="100"/>
        <source>{name} (did you mean {suggestion}?)</source>
        <translation>{name} (vouliez-vous dire {suggestion} ?)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/workflow.py" line="130"/>
        <source>The setting &apos;{key}&apos; is {value}: give true or false.</source>
        <translation>Le paramètre « {key} » vaut {value} : donnez true ou false.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/workflow.py" line="137"/>
        <source>The setting &apos;{key}&apos; is {value}: give a text in quotes.</source>
        <translation>Le paramètre « {key} » vaut {value} : donnez un texte entre guillemets.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/workflow.py" line="144"/>
        <source>The setting &apos;{key}&apos; is {value}: use one of {choices}.</source>
        <translation>Le paramètre « {key} » vaut {value} : utilisez l'une des valeurs {choices}.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/workflow.py" line="170"/>
        <source>The setting &apos;targets&apos; is {value}: give percentages by species and season, e.g. {{&quot;Ciconia ciconia|2&quot;: 40}}.</source>
        <translation>Le paramètre « targets » vaut {value} : donnez des pourcentages par espèce et saison, p. ex. {{&quot;Ciconia ciconia|2&quot;: 40}}.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/workflow.py" line="341"/>
        <source>The scenario file &apos;{path}&apos; is not UTF-8 text: choose a scenario exported from the plugin (a .json file).</source>
        <translation>Le fichier de scénario « {path} » n'est pas du texte UTF-8 : choisissez un scénario exporté par l'extension (un fichier .json).</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/workflow.py" line="390"/>
        <source>The scenario file sets both &apos;{old}&apos; and &apos;{new}&apos;, which are the same setting: keep &apos;{new}&apos; only.</source>
        <translation>Le fichier de scénario définit à la fois « {old} » et « {new} », qui sont le même paramètre : ne gardez que « {new} ».</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/workflow.py" line="442"/>
        <source>The optimality gap is {value:g}, which looks like a percentage: give it as a fraction, {fraction:g} (0.01 = within 1 %).</source>
        <translation>L'écart d'optimalité vaut {value:g}, ce qui ressemble à un pourcentage : donnez-le comme fraction, {fraction:g} (0,01 = à 1 % près).</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/workflow.py" line="448"/>
        <source>The optimality gap is {value:g}: give a fraction from 0 to below 1 (0.01 = within 1 %).</source>
        <translation>L'écart d'optimalité vaut {value:g} : donnez une fraction de 0 à moins de 1 (0,01 = à 1 % près).</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/workflow.py" line="533"/>
        <source>The random seed is {value}: give a whole number from 0 to {high}.</source>
        <translation>La graine aléatoire vaut {value} : donnez un nombre entier de 0 à {high}.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/workflow.py" line="572"/>
        <source>The budget</source>
        <translation>Le budget</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/base.py" line="219"/>
        <source>The output &apos;{output}&apos; ({path}) is the input &apos;{input}&apos;: writing it would overwrite the input. Choose another file for the output.</source>
        <translation>La sortie « {output} » ({path}) est l'entrée « {input} » : l'écrire écraserait l'entrée. Choisissez un autre fichier pour la sortie.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/base.py" line="259"/>
        <source>The file {path} (&apos;{parameter}&apos;) could not be read: it is damaged, incomplete or not a GIS file. Open it in QGIS to check it, or copy or export it again.</source>
        <translation>Le fichier {path} (« {parameter} ») n'a pas pu être lu : il est endommagé, incomplet ou n'est pas un fichier SIG. Ouvrez-le dans QGIS pour le vérifier, ou copiez-le ou exportez-le à nouveau.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/base.py" line="286"/>
        <source>The field &apos;{field}&apos; (&apos;{parameter}&apos;) is not in the layer &apos;{layer}&apos;: choose one of its fields ({fields}).</source>
        <translation>Le champ « {field} » (« {parameter} ») n'existe pas dans la couche « {layer} » : choisissez l'un de ses champs ({fields}).</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/base.py" line="384"/>
        <source>&apos;{output}&apos; must be a folder, but {path} is a file: choose a folder (a new one is created).</source>
        <translation>« {output} » doit être un dossier, mais {path} est un fichier : choisissez un dossier (un nouveau dossier est créé).</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/base.py" line="401"/>
        <source>The folder {path} for &apos;{output}&apos; cannot be written: {file} is a file, not a folder. Choose another folder.</source>
        <translation>Le dossier {path} pour « {output} » ne peut pas être écrit : {file} est un fichier, pas un dossier. Choisissez un autre dossier.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/base.py" line="391"/>
        <source>&apos;{output}&apos; must be a file, but {path} is a folder: add a file name.</source>
        <translation>« {output} » doit être un fichier, mais {path} est un dossier : ajoutez un nom de fichier.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/base.py" line="408"/>
        <source>The folder {folder} for &apos;{output}&apos; does not exist: create it or choose another folder.</source>
        <translation>Le dossier {folder} pour « {output} » n'existe pas : créez-le ou choisissez un autre dossier.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/base.py" line="416"/>
        <source>The folder {folder} for &apos;{output}&apos; is not writable: choose a folder you may write to (e.g. in your home folder) or change its permissions.</source>
        <translation>Le dossier {folder} pour « {output} » n'est pas accessible en écriture : choisissez un dossier où vous pouvez écrire (par exemple dans votre dossier personnel) ou modifiez ses droits.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/base.py" line="481"/>
        <source>&apos;{algorithm}&apos; stopped on an error it does not know ({kind}: {detail}); nothing was written. Check the inputs (geometries, fields, numbers) and report this message if they look right.</source>
        <translation>« {algorithm} » s'est arrêté sur une erreur inconnue ({kind} : {detail}) ; rien n'a été écrit. Vérifiez les entrées (géométries, champs, nombres) et signalez ce message si elles semblent correctes.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/marxan.py" line="325"/>
        <source>Row {row} of &apos;{layer}&apos; has &apos;{value}&apos; in the amount field &apos;{field}&apos;: amounts must be numbers of 0 or more. Fix that row, or choose the numeric amount field.</source>
        <translation>La ligne {row} de « {layer} » contient « {value} » dans le champ de quantité « {field} » : les quantités doivent être des nombres supérieurs ou égaux à 0. Corrigez cette ligne, ou choisissez le champ de quantité numérique.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/qgis_io/layouts.py" line="347"/>
        <source>Could not write {path}: the disk is full ({free} MB free). Free some space or choose another output folder.</source>
        <translation>Impossible d'écrire {path} : le disque est plein ({free} Mo libres). Libérez de la place ou choisissez un autre dossier de sortie.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/qgis_io/layouts.py" line="351"/>
        <source>Could not write {path}: check that the folder is writable and that no other program (a PDF viewer) holds the file open.</source>
        <translation>Impossible d'écrire {path} : vérifiez que le dossier est accessible en écriture et qu'aucun autre programme (une visionneuse PDF) ne garde le fichier ouvert.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/qgis_io/layouts.py" line="356"/>
        <source>Not enough memory to export {path}: lower the resolution (dpi) or close other programs.</source>
        <translation>Mémoire insuffisante pour exporter {path} : baissez la résolution (dpi) ou fermez d'autres programmes.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/base.py" line="248"/>
        <source>The file {path} (&apos;{parameter}&apos;) does not exist: check the path, or choose the file again.</source>
        <translation>Le fichier {path} ('{parameter}') n'existe pas : vérifiez le chemin ou choisissez à nouveau le fichier.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/tracks.py" line="368"/>
        <source>automatic: the track&apos;s season labels if it has them, else movement</source>
        <translation>automatique : les étiquettes de saison de la trajectoire si elle en a, sinon le mouvement</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/planning_units.py" line="883"/>
        <source>None of the {n} feature(s) of the layer of areas to keep in &apos;{layer}&apos; overlaps the study area, so it locks no planning unit in. Check the layer&apos;s CRS (features read in a wrong CRS land elsewhere) and that its sites lie in the chosen countries or study area.</source>
        <translation>Aucune des {n} entité(s) de la couche de zones à conserver '{layer}' ne recoupe la zone d'étude : elle ne verrouille donc aucune unité de planification. Vérifiez le SCR de la couche (des entités lues dans un mauvais SCR se retrouvent ailleurs) et que ses sites se trouvent dans les pays ou la zone d'étude choisis.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/planning_units.py" line="890"/>
        <source>None of the {n} feature(s) of the protected-area layer &apos;{layer}&apos; overlaps the study area, so no planning unit is locked in as protected. Check the layer&apos;s CRS (features read in a wrong CRS land elsewhere) and that its sites lie in the chosen countries or study area.</source>
        <translation>Aucune des {n} entité(s) de la couche d'aires protégées '{layer}' ne recoupe la zone d'étude : aucune unité de planification n'est donc verrouillée comme protégée. Vérifiez le SCR de la couche (des entités lues dans un mauvais SCR se retrouvent ailleurs) et que ses sites se trouvent dans les pays ou la zone d'étude choisis.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/planning_units.py" line="487"/>
        <source>Warning: {message}</source>
        <translation>Avertissement : {message}</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/flyway.py" line="217"/>
        <source>&apos;{layer}&apos; has no role field ({names}) and no individual id and timestamp of GPS fixes: choose its role field (breeding / stopover / non-breeding), or give GPS tracks.</source>
        <translation>« {layer} » n'a ni champ de rôle ({names}) ni identifiant d'individu et horodatage de localisations GPS : choisissez son champ de rôle (reproduction / halte / hors reproduction) ou fournissez des trajectoires GPS.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/planning_units.py" line="259"/>
        <source>The field &apos;{field}&apos; of &apos;{layer}&apos; has &apos;{value}&apos; at feature {row}: write each unit&apos;s km2 per country as ESP:268.1;PRT:12.0, or delete the field to count each unit in its country field.</source>
        <translation>Le champ '{field}' de '{layer}' contient '{value}' à l'entité {row} : écrivez les km2 de chaque unité par pays sous la forme ESP:268.1;PRT:12.0, ou supprimez le champ pour compter chaque unité dans son champ country.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/planning_units.py" line="357"/>
        <source>{n} unit(s) of &apos;{layer}&apos; lie wholly in the country of their own {field} field, though the border layer put {moved:,.1f} km2 of them in other countries or at sea (most: unit {unit}, {field} {code}, borders {borders}). A site&apos;s single code wins over coarser borders; a site with several codes (ESP;PRT) follows the borders.</source>
        <translation>{n} unité(s) de '{layer}' se trouvent entièrement dans le pays de leur propre champ {field}, bien que la couche de frontières en ait placé {moved:,.1f} km2 dans d'autres pays ou en mer (le plus : unité {unit}, {field} {code}, frontières {borders}). Le code unique d'un site l'emporte sur des frontières plus grossières ; un site à plusieurs codes (ESP;PRT) suit les frontières.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/planning_units.py" line="384"/>
        <source>{n} planning unit(s) ({area:,.1f} km2) lie outside every country of the border layer (at sea or beyond its borders): their country is empty and they count in no country&apos;s area.</source>
        <translation>{n} unité(s) de planification ({area:,.1f} km2) se trouvent hors de tout pays de la couche de frontières (en mer ou au-delà de ses frontières) : leur pays est vide et elles ne comptent dans la surface d'aucun pays.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/planning_units.py" line="396"/>
        <source>{n} planning unit(s) lie partly outside every country (on the coast or the edge of the border layer; {area:,.1f} km2 in all): only their parts in a country count in its area.</source>
        <translation>{n} unité(s) de planification se trouvent en partie hors de tout pays (sur la côte ou au bord de la couche de frontières ; {area:,.1f} km2 au total) : seules leurs parties situées dans un pays comptent dans sa surface.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/ranges.py" line="455"/>
        <source>The range file &apos;{file}&apos; could not be read as vector data ({reason}): choose a GeoPackage, shapefile or another vector file that GDAL reads.</source>
        <translation>Le fichier d'aires de répartition « {file} » n'a pas pu être lu comme données vectorielles ({reason}) : choisissez un GeoPackage, un shapefile ou un autre fichier vectoriel que GDAL sait lire.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/ranges.py" line="455"/>
        <source>no vector layer</source>
        <translation>aucune couche vectorielle</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/ranges.py" line="516"/>
        <source>Layer &apos;{layer}&apos; is the eBird prediction area (where the model made predictions, not the species&apos; range): its {n} feature(s) were left out.</source>
        <translation>La couche « {layer} » est la zone de prédiction eBird (où le modèle a fait ses prédictions, pas l'aire de répartition de l'espèce) : ses {n} entité(s) ont été écartées.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/ranges.py" line="525"/>
        <source>Layer &apos;{layer}&apos;: {n} feature(s) with type &apos;prediction_area&apos; (where the eBird model made predictions, not the species&apos; range) were left out.</source>
        <translation>Couche « {layer} » : {n} entité(s) de type « prediction_area » (où le modèle eBird a fait ses prédictions, pas l'aire de répartition de l'espèce) ont été écartées.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/ranges.py" line="535"/>
        <source>Only eBird prediction areas were given ({layers}): they show where the model made predictions, not where the species occurs. Choose the &apos;range&apos; layer of the same eBird GeoPackage.</source>
        <translation>Seules des zones de prédiction eBird ont été données ({layers}) : elles montrent où le modèle a fait ses prédictions, pas où l'espèce est présente. Choisissez la couche « range » du même GeoPackage eBird.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/ranges.py" line="543"/>
        <source>Ranges were read from {layers} only.</source>
        <translation>Les aires de répartition ont été lues uniquement dans {layers}.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/ranges.py" line="567"/>
        <source>{species}: the eBird prebreeding_migration ({pre:,.0f} km2) and postbreeding_migration ({post:,.0f} km2) ranges were merged into one passage range ({passage:,.0f} km2), as IUCN has a single passage code (4).</source>
        <translation>{species} : les aires eBird prebreeding_migration ({pre:,.0f} km2) et postbreeding_migration ({post:,.0f} km2) ont été fusionnées en une seule aire de passage ({passage:,.0f} km2), car l'UICN n'a qu'un code de passage (4).</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/ranges.py" line="793"/>
        <source>Layer &apos;{layer}&apos; read as eBird Status &amp; Trends: species from &apos;{species}&apos;; season breeding -&gt; breeding (2), nonbreeding -&gt; non-breeding (3), resident -&gt; resident (1), prebreeding_migration and postbreeding_migration -&gt; passage (4).</source>
        <translation>Couche « {layer} » lue comme eBird Status &amp; Trends : espèce tirée de « {species} » ; saison breeding -&gt; reproduction (2), nonbreeding -&gt; hivernage (non-reproduction) (3), resident -&gt; résident (1), prebreeding_migration et postbreeding_migration -&gt; passage (4).</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/tracks.py" line="1330"/>
        <source>minimum migration distance (km)</source>
        <translation>distance minimale de migration (km)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/tracks.py" line="1382"/>
        <source>The method &apos;{value}&apos; is unknown: use {methods}.</source>
        <translation>La méthode « {value} » est inconnue : utilisez {methods}.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/tracks.py" line="1403"/>
        <source>Seasons from each bird&apos;s movement between the ends of its range.</source>
        <translation>Saisons tirées du déplacement de chaque oiseau entre les extrémités de son aire.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/tracks.py" line="1406"/>
        <source>Seasons from date windows (day of year).</source>
        <translation>Saisons tirées de fenêtres de dates (jour de l'année).</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/tracks.py" line="1406"/>
        <source>Seasons from date windows; {n} individuals living mostly south of the equator use the windows shifted by half a year.</source>
        <translation>Saisons tirées de fenêtres de dates ; {n} individus vivant surtout au sud de l'équateur utilisent les fenêtres décalées d'une demi-année.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/tracks.py" line="1426"/>
        <source>Seasons from the track&apos;s own labels in the field &apos;{field}&apos; ({share:.1f} % of fixes).</source>
        <translation>Saisons tirées des étiquettes propres à la trajectoire dans le champ « {field} » ({share:.1f} % des localisations).</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/tracks.py" line="1438"/>
        <source>State values not mapped to a season (their fixes are left out; map them with value=season if they belong to one): {values}.</source>
        <translation>Valeurs d'état non associées à une saison (leurs localisations sont exclues ; associez-les avec value=season si elles appartiennent à une saison) : {values}.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/tracks.py" line="1450"/>
        <source>Every fix is resident: the species does not migrate.</source>
        <translation>Toutes les localisations sont résidentes : l'espèce ne migre pas.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/tracks.py" line="1453"/>
        <source>no bird&apos;s positions span {km:g} km: lower the minimum migration distance, classify by dates, or choose resident</source>
        <translation>les positions d'aucun oiseau ne s'étendent sur {km:g} km : réduisez la distance minimale de migration, classez par dates ou choisissez résident</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/gui/steps.py" line="252"/>
        <source>Automatic: the track&apos;s own labels, else movement</source>
        <translation>Automatique : les étiquettes propres à la trajectoire, sinon le mouvement</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/gui/steps.py" line="252"/>
        <source>Movement: each bird&apos;s annual cycle</source>
        <translation>Mouvement : le cycle annuel de chaque oiseau</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/gui/steps.py" line="252"/>
        <source>Dates: day-of-year windows</source>
        <translation>Dates : fenêtres de jours de l'année</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/gui/steps.py" line="252"/>
        <source>Labels: the season-labels field</source>
        <translation>Étiquettes : le champ des étiquettes de saison</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/gui/steps.py" line="252"/>
        <source>Resident: the species does not migrate</source>
        <translation>Résident : l'espèce ne migre pas</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/gui/steps.py" line="260"/>
        <source>Automatic uses Movebank&apos;s migration-stage or migration-state labels when they label most fixes, else movement: stays at the two ends of each bird&apos;s range are breeding and non-breeding, year after year, and the journeys between them passage. The log of the Data step says which was used.</source>
        <translation>Le mode Automatique utilise les étiquettes migration-stage ou migration-state de Movebank quand elles étiquettent la plupart des localisations, sinon le mouvement : les séjours aux deux extrémités de l'aire de chaque oiseau sont la reproduction et la période hors reproduction, année après année, et les trajets entre elles le passage. Le journal de l'étape Données indique la méthode utilisée.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/gui/steps.py" line="269"/>
        <source>detected (migration-stage, migration-state)</source>
        <translation>détecté (migration-stage, migration-state)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/gui/steps.py" line="270"/>
        <source>The tracking file&apos;s column with season labels, when it is not detected.</source>
        <translation>La colonne du fichier de suivi contenant les étiquettes de saison, lorsqu'elle n'est pas détectée.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/gui/steps.py" line="275"/>
        <source>Day-of-year windows for Dates. Empty: breeding 1 May-31 Jul, passage 1 Aug-31 Oct and 1 Mar-30 Apr, non-breeding 1 Nov-28 Feb, half a year later for birds living south of the equator.</source>
        <translation>Fenêtres de jours de l'année pour Dates. Vide : reproduction 1er mai-31 juil., passage 1er août-31 oct. et 1er mars-30 avr., hors reproduction 1er nov.-28 févr., une demi-année plus tard pour les oiseaux vivant au sud de l'équateur.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/gui/steps.py" line="282"/>
        <source>Seasons of the tracks</source>
        <translation>Saisons des trajectoires</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/gui/steps.py" line="282"/>
        <source>Season labels field</source>
        <translation>Champ des étiquettes de saison</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/gui/steps.py" line="282"/>
        <source>Date windows</source>
        <translation>Fenêtres de dates</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/corridors.py" line="378"/>
        <source>Links breeding, stopover and non-breeding sites into a migration network and finds the sites the flyway cannot lose: if a critical site disappears, some breeding sites can no longer reach any non-breeding site within the species&apos; flight range (the stopover-network view of Runge et al. 2014 and Xu et al. 2019).

Input: a point or polygon layer of sites with a role field (breeding, stopover or passage, non-breeding or wintering; IUCN codes 2, 4, 3 work too; a field named role or season is found by itself), or GPS tracks (a Movebank CSV, or a layer of fixes with an individual id and a timestamp, one migration or several years): stopovers are found as in &apos;Tracks to stopover sites&apos;, and each bird&apos;s stays at the ends of its range give breeding and non-breeding sites.

Maximum hop (km): the longest flight between two sites (storks about 300-500 km a day; waders up to thousands). Links only go towards the non-breeding end: along the line from the centre of the breeding sites to the centre of the non-breeding sites, the next site must be further on.

Outputs: sites (points) with links in and out, whether each reaches a non-breeding site, routes (separate paths from a breeding site; 1 means a single site can cut it off), loss (breeding weight cut off if the site is lost; the weight field, e.g. birds, or 1 per site), critical (loss &gt; 0), betweenness (share of shortest routes through the site) and, with protected areas, protected (at least the threshold share of the site covered; 50 % by default) and unprotected critical. Links: lines with their length.

Pitfalls: tracks of a few birds show their routes, not the whole flyway; a hop that is too short leaves breeding sites unconnected, one that is too long makes no site critical.</source>
        <translation>Relie les sites de reproduction, de halte et hors reproduction en un réseau migratoire et trouve les sites que la voie de migration ne peut pas perdre : si un site critique disparaît, certains sites de reproduction ne peuvent plus atteindre aucun site hors reproduction dans le rayon de vol de l'espèce (l'approche par réseau de haltes de Runge et al. 2014 et Xu et al. 2019).

Entrée : une couche de points ou de polygones de sites avec un champ de rôle (breeding, stopover ou passage, non-breeding ou wintering ; les codes UICN 2, 4, 3 fonctionnent aussi ; un champ nommé role ou season est trouvé automatiquement), ou des trajectoires GPS (un CSV Movebank, ou une couche de localisations avec un identifiant d'individu et un horodatage, une migration ou plusieurs années) : les haltes sont trouvées comme dans « Trajectoires vers sites de halte », et les séjours de chaque oiseau aux extrémités de son aire donnent les sites de reproduction et hors reproduction.

Saut maximal (km) : le plus long vol entre deux sites (cigognes environ 300-500 km par jour ; limicoles jusqu'à des milliers). Les liens vont seulement vers l'extrémité hors reproduction : le long de la ligne allant du centre des sites de reproduction au centre des sites hors reproduction, le site suivant doit être plus avancé.

Sorties : sites (points) avec leurs liens entrants et sortants, si chacun atteint un site hors reproduction, routes (chemins distincts depuis un site de reproduction ; 1 signifie qu'un seul site peut le couper), loss (poids de reproduction coupé si le site est perdu ; le champ de poids, p. ex. oiseaux, ou 1 par site), critical (loss &gt; 0), betweenness (part des plus courts chemins qui passent par le site) et, avec des aires protégées, protected (au moins la part seuil du site couverte ; 50 % par défaut) et critique non protégé. Liens : lignes avec leur longueur.

Pièges : les trajectoires de quelques oiseaux montrent leurs routes, pas toute la voie de migration ; un saut trop court laisse des sites de reproduction non connectés, un saut trop long ne rend aucun site critique.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/corridors.py" line="415"/>
        <source>Role field (breeding / stopover / non-breeding; empty: detect)</source>
        <translation>Champ de rôle (reproduction / halte / hors reproduction ; vide : détection)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/corridors.py" line="553"/>
        <source>&apos;{layer}&apos; holds GPS fixes (an individual id and a timestamp, no role field): its breeding, stopover and non-breeding sites are found from the tracks.</source>
        <translation>« {layer} » contient des localisations GPS (un identifiant d'individu et un horodatage, pas de champ de rôle) : ses sites de reproduction, de halte et hors reproduction sont déduits des trajectoires.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/inputs.py" line="116"/>
        <source>&apos;{file}&apos; holds {n} layers ({layers}) and only its first, &apos;{layer}&apos;, was read: add the others as layers of their own to use them.</source>
        <translation>« {file} » contient {n} couches ({layers}) et seule la première, « {layer} », a été lue : ajoutez les autres comme couches à part entière pour les utiliser.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/inputs.py" line="128"/>
        <source>&apos;{file}&apos; was given whole: its layers {layers} were read as an eBird Status &amp; Trends range package.</source>
        <translation>« {file} » a été donné en entier : ses couches {layers} ont été lues comme un paquet d'aires de répartition eBird Status &amp; Trends.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/inputs.py" line="155"/>
        <source>eBird Status &amp; Trends range GeoPackages (from the ebirdst R package) hold a &apos;range&apos; layer and a &apos;prediction_area&apos; layer. Give the whole file or its layers: only the range is used, because the prediction area shows where the model made predictions, not where the species occurs. The pre-breeding and post-breeding migration seasons become one passage feature per species (IUCN has one passage code); the log gives the areas of both and of the merged range.</source>
        <translation>Les GeoPackages d'aires de répartition eBird Status &amp; Trends (issus du paquet R ebirdst) contiennent une couche « range » et une couche « prediction_area ». Donnez le fichier entier ou ses couches : seule l'aire de répartition est utilisée, car la zone de prédiction montre où le modèle a fait ses prédictions, pas où l'espèce est présente. Les saisons de migration prénuptiale et postnuptiale deviennent une seule entité de passage par espèce (l'UICN n'a qu'un code de passage) ; le journal donne la superficie de chacune et celle de l'aire fusionnée.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/planning_units.py" line="100"/>
        <source>Countries: country is the ISO3 code of the country holding most of the unit; country_shares lists the unit&apos;s km2 in every country it lies in, largest first (e.g. ESP:268.1;PRT:12), so TFCA candidates count a unit across a border in each country. A unit outside every country (at sea) has both empty, and the log says how many there are. Units from a layer with an ISO3 field (as the WDPA&apos;s) holding one code lie wholly in that country, whatever coarser borders say; a site with several codes (ESP;PRT) follows the borders.</source>
        <translation>Pays : country est le code ISO3 du pays qui détient la plus grande partie de l'unité ; country_shares liste les km2 de l'unité dans chaque pays où elle se trouve, du plus grand au plus petit (p. ex. ESP:268.1;PRT:12), pour que les candidates ACTF comptent une unité à cheval sur une frontière dans chacun des pays. Une unité hors de tout pays (en mer) a ces deux champs vides, et le journal indique combien il y en a. Les unités d'une couche avec un champ ISO3 (comme celui de la WDPA) contenant un seul code se trouvent entièrement dans ce pays, quoi qu'en disent des frontières plus grossières ; un site à plusieurs codes (ESP;PRT) suit les frontières.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/tfca.py" line="77"/>
        <source>Finds candidate Transfrontier Conservation Areas: groups of chosen planning units and existing sites that lie in two or more countries.</source>
        <translation>Trouve des candidates aires de conservation transfrontalières : groupes d'unités de planification choisies et de sites existants situés dans deux pays ou plus.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/tfca.py" line="77"/>
        <source>Planning units: the planning_units layer of a run (fields selected, locked_in, country and country_shares). Sites (optional): existing protected areas to include. Species ranges: one polygon per species and season (fields species or binomial, and seasonal), as Prepare species ranges writes them. Countries (optional, default QGIS&apos;s world map): a border layer with an iso3 field. Areas per country come from the units&apos; country_shares field (a unit across a border counts in each country, a site with its own ISO3 code in that country), else from the border layer; the log says which.</source>
        <translation>Unités de planification : la couche planning_units d'une exécution (champs selected, locked_in, country et country_shares). Sites (facultatif) : aires protégées existantes à inclure. Aires de répartition des espèces : un polygone par espèce et par saison (champs species ou binomial, et seasonal), tel que Préparer les aires de répartition des espèces les écrit. Pays (facultatif, par défaut la carte du monde de QGIS) : une couche de frontières avec un champ iso3. Les surfaces par pays viennent du champ country_shares des unités (une unité à cheval sur une frontière compte dans chacun des pays, un site avec son propre code ISO3 dans ce pays), sinon de la couche de frontières ; le journal indique laquelle.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/tfca.py" line="77"/>
        <source>Gap distance: units or sites closer than this are joined, so a river or a road does not split an area (0 = only touching units). Minimum country share: a country counts only when it holds at least this share of the candidate.

Each candidate lists its countries and area in each, its protected share, the species it holds, its transboundary species (whose range crosses the border inside it), its importance for connectivity (dPC, %, at the dispersal distance; 0 skips it) and a score: the weighted sum of transboundary species, area, unprotected share and importance, each divided by its largest value. Rank 1 is the best.

The optional transboundary habitats output lists, for every species and season, the part of its range within the border buffer that lies on both sides of a border, even where no candidate forms (CMS Resolution 12.7).</source>
        <translation>Distance d'écart : les unités ou sites plus proches que cette distance sont réunis, pour qu'une rivière ou une route ne coupe pas une aire (0 = seulement les unités qui se touchent). Part minimale d'un pays : un pays ne compte que s'il détient au moins cette part de la candidate.

Chaque candidate indique ses pays et sa surface dans chacun, sa part protégée, les espèces qu'elle abrite, ses espèces transfrontalières (dont l'aire de répartition traverse la frontière en son sein), son importance pour la connectivité (dPC, %, à la distance de dispersion ; 0 la saute) et un score : la somme pondérée des espèces transfrontalières, de la surface, de la part non protégée et de l'importance, chacune divisée par sa plus grande valeur. Le rang 1 est le meilleur.

La sortie facultative des habitats transfrontaliers liste, pour chaque espèce et saison, la partie de son aire de répartition située dans la zone tampon frontalière qui se trouve des deux côtés d'une frontière, même là où aucune candidate ne se forme (Résolution 12.7 de la CMS).</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/tfca.py" line="270"/>
        <source>Areas per country from the planning units&apos; country_shares field (measured on the borders the units were built with; a unit across a border counts in each country).</source>
        <translation>Surfaces par pays tirées du champ country_shares des unités de planification (mesurées sur les frontières avec lesquelles les unités ont été construites ; une unité à cheval sur une frontière compte dans chacun des pays).</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/tfca.py" line="275"/>
        <source>Areas per country measured on the border layer &apos;{layer}&apos;: the planning units have no country_shares field. Rebuild them with Build planning units to keep the borders and the sites&apos; own ISO3 codes they were built with.</source>
        <translation>Surfaces par pays mesurées sur la couche de frontières '{layer}' : les unités de planification n'ont pas de champ country_shares. Reconstruisez-les avec Construire les unités de planification pour conserver les frontières et les codes ISO3 propres aux sites avec lesquels elles ont été construites.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/tfca.py" line="280"/>
        <source>Areas per country from the planning units&apos; country field: each unit counts wholly in one country, so areas near a border are approximate. Rebuild the units with Build planning units (field country_shares) or choose a border layer that covers them.</source>
        <translation>Surfaces par pays tirées du champ country des unités de planification : chaque unité compte entièrement dans un seul pays, les surfaces près d'une frontière sont donc approximatives. Reconstruisez les unités avec Construire les unités de planification (champ country_shares) ou choisissez une couche de frontières qui les couvre.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/tracks.py" line="115"/>
        <source>Minimum migration distance (km)</source>
        <translation>Distance minimale de migration (km)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/tracks.py" line="189"/>
        <source>Finds where tracked birds rest on migration and merges the stopovers of different birds into sites, as BirdLife&apos;s track2kba does when it looks for sites used by several individuals.

Input: a point layer of GPS fixes (any CRS) or a Movebank CSV file (.csv or .csv.gz, columns individual-local-identifier, timestamp, location-long, location-lat; lon / lat also work). Fields left empty are detected from these names. Timestamps are read as UTC.

Stopover radius (km) and minimum duration (h): a stopover is a run of fixes that all stay within the radius of the run&apos;s first fix for at least the duration. Typical values: storks, cranes, raptors 10 km and 24 h; waders 5 km and 48 h; small passerines need fixes at least every few hours. A larger radius joins neighbouring roosts; a shorter duration adds overnight stops.

Leave out breeding and wintering grounds (on by default): stays at the two ends of each bird&apos;s range, in every year of the track, are residence, not stopovers (the ends are read from the bird&apos;s annual cycle, as in &apos;Tracks to seasonal ranges&apos;). A bird whose positions span less than the minimum migration distance (200 km by default) never migrated: all its stays are left out.

Output: one polygon per site (the hull of its fixes buffered by half the radius, in Lambert azimuthal equal-area centred on the data) with the number of individuals, visits, bird-days, first arrival and last departure (UTC) and the centroid&apos;s lon/lat. Optional: one polygon per visit.

Pitfalls: sparse fixes (one a day or less) hide short stopovers; gaps in the data inside a stopover count as time spent there; a tag that stops moving (a dead bird) looks like a stopover until the track ends.</source>
        <translation>Trouve où les oiseaux suivis se reposent pendant la migration et regroupe les haltes de différents oiseaux en sites, comme le fait track2kba de BirdLife lorsqu'il recherche des sites utilisés par plusieurs individus.

Entrée : une couche de points de localisations GPS (n'importe quel CRS) ou un fichier CSV Movebank (.csv ou .csv.gz, colonnes individual-local-identifier, timestamp, location-long, location-lat ; lon / lat fonctionnent aussi). Les champs laissés vides sont détectés d'après ces noms. Les horodatages sont lus en UTC.

Rayon de halte (km) et durée minimale (h) : une halte est une suite de localisations qui restent toutes dans le rayon autour de la première localisation de la suite pendant au moins la durée indiquée. Valeurs typiques : cigognes, grues, rapaces 10 km et 24 h ; limicoles 5 km et 48 h ; les petits passereaux nécessitent des localisations au moins toutes les quelques heures. Un rayon plus grand réunit des dortoirs voisins ; une durée plus courte ajoute les arrêts d'une nuit.

Exclure les zones de reproduction et les quartiers d'hiver (activé par défaut) : les séjours aux deux extrémités de l'aire de chaque oiseau, chaque année de la trajectoire, relèvent de la résidence, pas de la halte (les extrémités sont déduites du cycle annuel de l'oiseau, comme dans « Trajectoires vers aires saisonnières »). Un oiseau dont les positions s'étendent sur moins que la distance minimale de migration (200 km par défaut) n'a jamais migré : tous ses séjours sont exclus.

Sortie : un polygone par site (l'enveloppe de ses localisations avec une zone tampon de la moitié du rayon, en projection azimutale équivalente de Lambert centrée sur les données) avec le nombre d'individus, de visites, d'oiseaux-jours, la première arrivée et le dernier départ (UTC) et la lon/lat du centroïde. En option : un polygone par visite.

Pièges : des localisations espacées (une par jour ou moins) masquent les haltes courtes ; les lacunes des données pendant une halte comptent comme du temps passé sur place ; une balise qui ne bouge plus (un oiseau mort) ressemble à une halte jusqu'à la fin de la trajectoire.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/tracks.py" line="238"/>
        <source>Leave out breeding and wintering grounds</source>
        <translation>Exclure les zones de reproduction et les quartiers d'hiver</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/tracks.py" line="276"/>
        <source>{visits} stopovers of at least {hours:g} h within {radius:g} km by {birds} individuals, at {sites} sites ({shared} used by two or more individuals); {excluded} stays on breeding or wintering grounds left out.</source>
        <translation>{visits} haltes d'au moins {hours:g} h dans un rayon de {radius:g} km par {birds} individus, sur {sites} sites ({shared} utilisés par deux individus ou plus) ; {excluded} séjours sur les zones de reproduction ou les quartiers d'hiver exclus.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/tracks.py" line="329"/>
        <source>Turns GPS tracks into breeding, passage and non-breeding range polygons in the IUCN range schema (binomial, presence 1, origin 1, seasonal 2 / 4 / 3), ready for &apos;Prepare species ranges&apos; and the planning units.

Input: a point layer of GPS fixes (any CRS) or a Movebank CSV file (.csv or .csv.gz). Fields left empty are detected from Movebank&apos;s names.

Classify fixes by:
- automatic (default): the track&apos;s own season labels when they label most fixes (Movebank&apos;s migration-stage or the workshops&apos; migration-state, e.g. BreedingGrounds, FallMigration, NonBreedingGrounds), else movement; the log says which and lists values that name no season.
- movement: each bird&apos;s annual cycle, for one migration or many years. The bird shuttles between two ends of its range; its stays there are breeding and non-breeding, season after season, and the journeys between them, stopovers included, are passage. Breeding is the end where the bird spends the summer of its hemisphere (or, when both stays are summer ones, the end farther from the equator). Wandering on the wintering grounds stays non-breeding. A bird whose positions span less than the minimum migration distance (200 km) never migrated; a stay shorter than the minimum stay (7 days) counts as passage.
- dates: day-of-year windows. Default for a Palearctic-African migrant: breeding=121-212; passage=213-304,60-120; non-breeding=305-59 (1 May-31 Jul, 1 Aug-31 Oct and 1 Mar-30 Apr, 1 Nov-28 Feb); birds living mostly south of the equator get the same calendar half a year later.
- state: a movement-state column; values such as &apos;breeding grounds&apos;, &apos;fall migration&apos;, &apos;wintering grounds&apos; are recognised, others can be mapped, e.g. &apos;summer=breeding; moving=passage&apos;.
- resident: every fix is resident (IUCN seasonal 1), for a species that does not migrate.

Buffer (km): each fix becomes a disc of this radius and each season&apos;s discs are merged. 10 km suits storks and other soaring birds; use the tracking error plus the daily foraging range. Fixes are snapped to a grid of a tenth of the buffer first, so the outline may move by up to 7 % of it.

Pitfalls: a few tracked birds show where those birds went, not the whole range; by dates, an autumn-only dataset has almost no non-breeding fixes; by movement, a bird that never migrates stays unclassified (choose resident for such species).</source>
        <translation>Transforme des trajectoires GPS en polygones d'aires de reproduction, de passage et hors reproduction selon le schéma d'aires de répartition de l'UICN (binomial, presence 1, origin 1, seasonal 2 / 4 / 3), prêts pour « Préparer les aires de répartition des espèces » et les unités de planification.

Entrée : une couche de points de localisations GPS (n'importe quel CRS) ou un fichier CSV Movebank (.csv ou .csv.gz). Les champs laissés vides sont détectés d'après les noms de Movebank.

Classer les localisations par :
- automatique (par défaut) : les étiquettes de saison propres à la trajectoire quand elles étiquettent la plupart des localisations (migration-stage de Movebank ou migration-state des ateliers, p. ex. BreedingGrounds, FallMigration, NonBreedingGrounds), sinon le mouvement ; le journal indique lequel et liste les valeurs qui ne désignent aucune saison.
- mouvement : le cycle annuel de chaque oiseau, pour une migration ou de nombreuses années. L'oiseau fait la navette entre deux extrémités de son aire ; ses séjours à ces extrémités sont la reproduction et la période hors reproduction, saison après saison, et les trajets entre elles, haltes comprises, sont du passage. L'extrémité de reproduction est celle où l'oiseau passe l'été de son hémisphère (ou, quand les deux séjours sont estivaux, celle qui est la plus éloignée de l'équateur). Les déplacements erratiques dans les quartiers d'hiver restent hors reproduction. Un oiseau dont les positions s'étendent sur moins que la distance minimale de migration (200 km) n'a jamais migré ; un séjour plus court que le séjour minimal (7 jours) compte comme passage.
- dates : fenêtres de jours de l'année. Par défaut pour un migrateur paléarctique-africain : breeding=121-212; passage=213-304,60-120; non-breeding=305-59 (1er mai-31 juil., 1er août-31 oct. et 1er mars-30 avr., 1er nov.-28 févr.) ; les oiseaux vivant surtout au sud de l'équateur reçoivent le même calendrier une demi-année plus tard.
- état : une colonne d'état de mouvement ; des valeurs comme « breeding grounds », « fall migration », « wintering grounds » sont reconnues, les autres peuvent être associées, p. ex. « summer=breeding; moving=passage ».
- résident : toutes les localisations sont résidentes (UICN seasonal 1), pour une espèce qui ne migre pas.

Zone tampon (km) : chaque localisation devient un disque de ce rayon et les disques de chaque saison sont fusionnés. 10 km convient aux cigognes et autres oiseaux planeurs ; utilisez l'erreur de suivi plus le rayon d'alimentation journalier. Les localisations sont d'abord alignées sur une grille d'un dixième de la zone tampon, si bien que le contour peut se déplacer jusqu'à 7 % de celle-ci.

Pièges : quelques oiseaux suivis montrent où ces oiseaux sont allés, pas toute l'aire de répartition ; par dates, un jeu de données d'automne seulement n'a presque aucune localisation hors reproduction ; par mouvement, un oiseau qui ne migre jamais reste non classé (choisissez résident pour ces espèces).</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/tracks.py" line="368"/>
        <source>resident: every fix (a species that does not migrate)</source>
        <translation>résident : toutes les localisations (une espèce qui ne migre pas)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/tracks.py" line="398"/>
        <source>Minimum stay on breeding or wintering grounds (days)</source>
        <translation>Séjour minimal sur les zones de reproduction ou les quartiers d'hiver (jours)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/tracks.py" line="408"/>
        <source>auto (breeding where the bird spends its summer)</source>
        <translation>auto (reproduction là où l'oiseau passe l'été)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/tracks.py" line="408"/>
        <source>autumn (the first stay is breeding)</source>
        <translation>automne (le premier séjour est la reproduction)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/tracks.py" line="408"/>
        <source>spring (the first stay is non-breeding)</source>
        <translation>printemps (le premier séjour est hors reproduction)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/tracks.py" line="420"/>
        <source>Date windows (day of year; empty: Palearctic-African calendar, half a year later south of the equator)</source>
        <translation>Fenêtres de dates (jour de l'année ; vide : calendrier paléarctique-africain, une demi-année plus tard au sud de l'équateur)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/document.py" line="127"/>
        <source>{area} km²</source>
        <translation>{area} km²</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/document.py" line="128"/>
        <source>{met} of {total}</source>
        <translation>{met} sur {total}</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/document.py" line="132"/>
        <source>{units} units of about {size:,.0f} km²</source>
        <translation>{units} unités d'environ {size:,.0f} km²</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/document.py" line="140"/>
        <source>Migratory species</source>
        <translation>Espèces migratrices</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/document.py" line="141"/>
        <source>Species-season targets met by existing protected areas</source>
        <translation>Cibles espèce-saison atteintes par les aires protégées existantes</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/document.py" line="145"/>
        <source>Species-season targets met with the plan</source>
        <translation>Cibles espèce-saison atteintes avec le plan</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/document.py" line="149"/>
        <source>Species covered in every season, existing protected areas</source>
        <translation>Espèces couvertes à chaque saison, aires protégées existantes</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/document.py" line="153"/>
        <source>Species covered in every season, with the plan</source>
        <translation>Espèces couvertes à chaque saison, avec le plan</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/document.py" line="157"/>
        <source>Protected area network with the plan</source>
        <translation>Réseau d'aires protégées avec le plan</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/document.py" line="157"/>
        <source>{area} km² ({percent:.1f}% of the study area)</source>
        <translation>{area} km² ({percent:.1f} % de la zone d'étude)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/document.py" line="165"/>
        <source>Transfrontier conservation area (TFCA) candidates</source>
        <translation>Candidates aires de conservation transfrontalières (ACTF)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/document.py" line="170"/>
        <source>&apos;Existing protected areas&apos; means the planning units already protected; &apos;with the plan&apos; adds the units the plan selects.</source>
        <translation>« Aires protégées existantes » désigne les unités de planification déjà protégées ; « avec le plan » y ajoute les unités que le plan sélectionne.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/document.py" line="192"/>
        <source>Protected: share of the country covered by protected areas (before) or by the network (with the plan). Protected Connected (ProtConn): the part of it that is also connected, at the median dispersal distance of the run (Saura et al. 2017).</source>
        <translation>Protégé : part du pays couverte par des aires protégées (avant) ou par le réseau (avec le plan). Aires protégées connectées (ProtConn) : la part de celle-ci qui est aussi connectée, à la distance de dispersion médiane de l'exécution (Saura et al. 2017).</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/document.py" line="234"/>
        <source>Clusters of the network that span two or more countries, where neighbours could manage migratory species together; rank 1 is the highest score.</source>
        <translation>Groupes du réseau qui s'étendent sur deux pays ou plus, où des voisins pourraient gérer ensemble des espèces migratrices ; le rang 1 correspond au score le plus élevé.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/document.py" line="234"/>
        <source>No cluster of the network spans two countries.</source>
        <translation>Aucun groupe du réseau ne s'étend sur deux pays.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/methods.py" line="25"/>
        <source>Data. The seasonal ranges of {species} migratory species were split into {features} species-season features (breeding, non-breeding, passage); a resident range counts in every season. Protected areas form the existing network.</source>
        <translation>Données. Les aires de répartition saisonnières de {species} espèces migratrices ont été divisées en {features} éléments espèce-saison (reproduction, hivernage, passage) ; une aire de résident compte à chaque saison. Les aires protégées forment le réseau existant.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/methods.py" line="36"/>
        <source>Planning units. The study area ({area} km²) was divided into {units} planning units of about {size:,.0f} km² in an equal-area projection. Units at least {lock:.0f}% covered by protected areas count as existing protected areas and are always in the network.</source>
        <translation>Unités de planification. La zone d'étude ({area} km²) a été divisée en {units} unités de planification d'environ {size:,.0f} km² dans une projection équivalente. Les unités couvertes à au moins {lock:.0f} % par des aires protégées comptent comme aires protégées existantes et sont toujours dans le réseau.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/methods.py" line="50"/>
        <source>Targets. Each species-season feature has a target of {percent:.0f}% of its range in the study area, as in Target 3 of the Kunming-Montreal Global Biodiversity Framework. A species counts as covered only when the targets of all its seasons are met (Runge et al. 2015).</source>
        <translation>Cibles. Chaque élément espèce-saison a pour cible {percent:.0f} % de son aire de répartition dans la zone d'étude, comme la cible 3 du Cadre mondial de la biodiversité de Kunming-Montréal. Une espèce ne compte comme couverte que si les cibles de toutes ses saisons sont atteintes (Runge et al. 2015).</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/methods.py" line="65"/>
        <source>Optimisation. The network was chosen by exact integer linear programming: the least-cost set of planning units that meets every target, with a boundary penalty (BLM {blm:g}) that favours compact networks, as in Marxan and prioritizr. Solver: {solver}; status: {status}; optimality gap: {gap}%; time: {seconds:.1f} s.</source>
        <translation>Optimisation. Le réseau a été choisi par programmation linéaire en nombres entiers exacte : l'ensemble d'unités de planification de moindre coût qui atteint toutes les cibles, avec une pénalité de bordure (BLM {blm:g}) qui favorise des réseaux compacts, comme dans Marxan et prioritizr. Solveur : {solver} ; statut : {status} ; écart d'optimalité : {gap} % ; durée : {seconds:.1f} s.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/methods.py" line="88"/>
        <source>Ecological connectivity. The Protected Connected (ProtConn) indicator (Saura et al. 2017) gives the share of each country that is protected and connected, at a median dispersal distance of {distance:g} km, before and after the plan; neighbouring countries&apos; protected areas serve as stepping stones.</source>
        <translation>Connectivité écologique. L'indicateur Aires protégées connectées (ProtConn, Saura et al. 2017) donne la part de chaque pays qui est protégée et connectée, pour une distance de dispersion médiane de {distance:g} km, avant et après le plan ; les aires protégées des pays voisins servent de relais.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/methods.py" line="101"/>
        <source>Ecological connectivity. ProtConn was not computed for this run.</source>
        <translation>Connectivité écologique. ProtConn n'a pas été calculé pour cette exécution.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/methods.py" line="102"/>
        <source>Transfrontier conservation areas. Clusters of the network that span two or more countries are candidate transfrontier conservation areas (TFCAs), scored by the migratory species they share across the border, their area, their unprotected share and their importance for connectivity (dPC).</source>
        <translation>Aires de conservation transfrontalières. Les groupes du réseau qui s'étendent sur deux pays ou plus sont des candidates aires de conservation transfrontalières (ACTF), notées selon les espèces migratrices qu'elles partagent de part et d'autre de la frontière, leur surface, leur part non protégée et leur importance pour la connectivité (dPC).</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/document.py" line="296"/>
        <source>Writing a Word document needs the python-docx package: install it with &apos;pip install python-docx&apos; in the Python of QGIS.</source>
        <translation>L'écriture d'un document Word nécessite le paquet python-docx : installez-le avec « pip install python-docx » dans le Python de QGIS.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/document.py" line="410"/>
        <source>The map picture &apos;{path}&apos; is not a PNG or JPEG image.</source>
        <translation>L'image de carte « {path} » n'est pas une image PNG ou JPEG.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/document.py" line="521"/>
        <source>The map picture &apos;{path}&apos; does not exist.</source>
        <translation>L'image de carte « {path} » n'existe pas.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/document.py" line="540"/>
        <source>Figure 1. The protected area network with the plan and the transfrontier conservation area (TFCA) candidates.</source>
        <translation>Figure 1. Le réseau d'aires protégées avec le plan et les candidates aires de conservation transfrontalières (ACTF).</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/report.py" line="940"/>
        <source>Methods</source>
        <translation>Méthodes</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/document.py" line="558"/>
        <source>Data sources and credits</source>
        <translation>Sources des données et crédits</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/document.py" line="578"/>
        <source>Ecological connectivity for migratory species: a contribution to the CMS national report ({date})</source>
        <translation>Connectivité écologique pour les espèces migratrices : une contribution au rapport national CMS ({date})</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/document.py" line="585"/>
        <source>Made with CMS Connectivity Planner. {sources}</source>
        <translation>Réalisé avec CMS Connectivity Planner. {sources}</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/indicators.py" line="92"/>
        <source>3.1 Coverage of protected areas and other effective area-based conservation measures (terrestrial and inland water areas)</source>
        <translation>3.1 Couverture des aires protégées et des autres mesures de conservation efficaces par zone (zones terrestres et eaux intérieures)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/indicators.py" line="96"/>
        <source>3.1 Coverage of protected areas and other effective area-based conservation measures (marine and coastal areas)</source>
        <translation>3.1 Couverture des aires protégées et des autres mesures de conservation efficaces par zone (zones marines et côtières)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/indicators.py" line="100"/>
        <source>Protected Connected Index (ProtConn)</source>
        <translation>Indice des aires protégées connectées (ProtConn)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/indicators.py" line="219"/>
        <source>Union of the protected areas of the run (overlaps counted once; OECMs count when the site layers include them) inside the country&apos;s land in the study area, divided by that land area; areas in the equal-area CRS {crs}. Land only: the borders describe land, so marine and coastal coverage is not measured.</source>
        <translation>Union des aires protégées du calcul (chevauchements comptés une fois ; les AMCEZ comptent lorsque les couches de sites les incluent) à l'intérieur des terres du pays dans la zone d'étude, divisée par la superficie de ces terres ; superficies dans le SCR à aires égales {crs}. Terres seulement : les frontières décrivent les terres, la couverture marine et côtière n'est donc pas mesurée.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/indicators.py" line="225"/>
        <source>As the existing network, with the sites designated up to the end of the year (designation year, e.g. WDPA STATUS_YR); sites without a year are counted from the first year.</source>
        <translation>Comme le réseau existant, avec les sites désignés jusqu'à la fin de l'année (année de désignation, p. ex. STATUS_YR de la WDPA) ; les sites sans année sont comptés dès la première année.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/indicators.py" line="230"/>
        <source>As the existing network, with the planning units the plan selects or locks in added to the protected areas.</source>
        <translation>Comme le réseau existant, en ajoutant aux aires protégées les unités de planification que le plan sélectionne ou impose.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/indicators.py" line="234"/>
        <source>ProtConn (Saura et al. 2017): share of the country&apos;s land that is protected and connected, median dispersal distance {km} km (p = 0.5), protected areas of neighbouring countries as stepping stones; numerator: equivalent connected area (EC).</source>
        <translation>ProtConn (Saura et al. 2017) : part des terres du pays qui est protégée et connectée, distance médiane de dispersion {km} km (p = 0,5), aires protégées des pays voisins comme relais ; numérateur : aire connectée équivalente (EC).</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/indicators.py" line="240"/>
        <source>Not computed in this run: ProtConn is off (dispersal distance 0 km) or the country has no value.</source>
        <translation>Non calculé pour ce calcul : ProtConn est désactivé (distance de dispersion 0 km) ou le pays n'a pas de valeur.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/indicators.py" line="318"/>
        <source>Headline indicator 3.1 of the Kunming-Montreal Global Biodiversity Framework (decision 15/5), terrestrial and inland water areas: protected land in the country within the study area, as a percentage of that land.</source>
        <translation>Indicateur phare 3.1 du Cadre mondial de la biodiversité de Kunming-Montréal (décision 15/5), zones terrestres et eaux intérieures : terres protégées du pays dans la zone d'étude, en pourcentage de ces terres.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/indicators.py" line="323"/>
        <source>Not reported: the study area is the countries&apos; land (the border layer holds no sea areas), so marine and coastal coverage cannot be measured here.</source>
        <translation>Non déclaré : la zone d'étude est constituée des terres des pays (la couche des frontières ne contient pas de zones marines), la couverture marine et côtière ne peut donc pas être mesurée ici.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/indicators.py" line="327"/>
        <source>Component indicator of GBF Target 3 (Saura et al. 2017, 2018): the share of the country&apos;s land that is protected and connected, per country; no value for the whole study area.</source>
        <translation>Indicateur de composante de la cible 3 du CMB (Saura et al. 2017, 2018) : part des terres du pays qui est protégée et connectée, par pays ; pas de valeur pour l'ensemble de la zone d'étude.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/indicators.py" line="332"/>
        <source>&apos;existing&apos;: the protected areas of the run (dated by the latest designation year, or the run year without years); &apos;with plan&apos;: with the planning units the plan selects or locks in (dated by the run year).</source>
        <translation>« existing » : les aires protégées du calcul (datées par l'année de désignation la plus récente, ou l'année du calcul sans années) ; « with plan » : avec les unités de planification que le plan sélectionne ou impose (datées par l'année du calcul).</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/indicators.py" line="337"/>
        <source>Rows of the existing network for earlier years: sites designated up to the end of each year; sites without a designation year count from the first year.</source>
        <translation>Lignes du réseau existant pour les années antérieures : sites désignés jusqu'à la fin de chaque année ; les sites sans année de désignation comptent dès la première année.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/places.py" line="107"/>
        <source>Ramsar Convention on Wetlands</source>
        <translation>Convention de Ramsar sur les zones humides</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/places.py" line="108"/>
        <source>World Heritage Convention</source>
        <translation>Convention du patrimoine mondial</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/places.py" line="109"/>
        <source>UNESCO Man and the Biosphere Programme</source>
        <translation>Programme sur l'Homme et la biosphère de l'UNESCO</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/places.py" line="110"/>
        <source>Natura 2000 (EU Birds and Habitats Directives)</source>
        <translation>Natura 2000 (directives Oiseaux et Habitats de l'UE)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/places.py" line="111"/>
        <source>Emerald Network (Bern Convention)</source>
        <translation>Réseau Émeraude (Convention de Berne)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/places.py" line="112"/>
        <source>OSPAR Convention</source>
        <translation>Convention OSPAR</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/places.py" line="113"/>
        <source>Helsinki Convention (HELCOM)</source>
        <translation>Convention d'Helsinki (HELCOM)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/places.py" line="114"/>
        <source>Barcelona Convention (SPAMI)</source>
        <translation>Convention de Barcelone (ASPIM)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/places.py" line="115"/>
        <source>East Asian-Australasian Flyway Partnership (EAAFP)</source>
        <translation>Partenariat pour la voie de migration Asie de l'Est-Australasie (EAAFP)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/places.py" line="116"/>
        <source>Western Hemisphere Shorebird Reserve Network (WHSRN)</source>
        <translation>Réseau de réserves pour les oiseaux de rivage de l'hémisphère occidental (WHSRN)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/places.py" line="117"/>
        <source>Important Bird and Biodiversity Area (BirdLife)</source>
        <translation>Zone importante pour la conservation des oiseaux et de la biodiversité (BirdLife)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/places.py" line="118"/>
        <source>Key Biodiversity Area</source>
        <translation>Zone clé pour la biodiversité</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/places.py" line="119"/>
        <source>National designation</source>
        <translation>Désignation nationale</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/places.py" line="127"/>
        <source>international</source>
        <translation>internationale</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/places.py" line="128"/>
        <source>regional</source>
        <translation>régionale</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/places.py" line="129"/>
        <source>national</source>
        <translation>nationale</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/places.py" line="130"/>
        <source>not a legal designation</source>
        <translation>pas une désignation légale</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/places.py" line="234"/>
        <source>{name} ({designation}; place {place}): {share} %</source>
        <translation>{name} ({designation} ; lieu {place}) : {share} %</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/places.py" line="346"/>
        <source>The {what} field &apos;{field}&apos; is not in the layer &apos;{layer}&apos;: choose one of its fields ({fields}).</source>
        <translation>Le champ de {what} '{field}' n'est pas dans la couche '{layer}' : choisissez l'un de ses champs ({fields}).</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/places.py" line="481"/>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/places.py" line="359"/>
        <source>The layer &apos;{layer}&apos; has no name field (looked for {names}) and no id field (looked for {ids}): add one, or choose the name field.</source>
        <translation>La couche '{layer}' n'a ni champ de nom (cherché : {names}) ni champ d'identifiant (cherché : {ids}) : ajoutez-en un ou choisissez le champ de nom.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/places.py" line="481"/>
        <source>designation</source>
        <translation>désignation</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/places.py" line="399"/>
        <source>The layer &apos;{layer}&apos; has no designation field (looked for {fields}): its records are designated &apos;{layer}&apos;. Choose the designation field to say more.</source>
        <translation>La couche '{layer}' n'a pas de champ de désignation (cherché : {fields}) : ses enregistrements ont la désignation '{layer}'. Choisissez le champ de désignation pour préciser.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/places.py" line="406"/>
        <source>The layer &apos;{layer}&apos; has no designation field (looked for {fields}): choose the designation field.</source>
        <translation>La couche '{layer}' n'a pas de champ de désignation (cherché : {fields}) : choisissez le champ de désignation.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/places.py" line="440"/>
        <source>The layer &apos;{layer}&apos; has the id {id} more than once in its field &apos;{field}&apos; for different sites (&apos;{a}&apos;, &apos;{b}&apos;): ids must name one site. Fix the ids or choose another layer.</source>
        <translation>La couche '{layer}' contient l'identifiant {id} plusieurs fois dans son champ '{field}' pour des sites différents ('{a}', '{b}') : un identifiant doit désigner un seul site. Corrigez les identifiants ou choisissez une autre couche.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/places.py" line="477"/>
        <source>Choose at least one site layer.</source>
        <translation>Choisissez au moins une couche de sites.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/places.py" line="483"/>
        <source>The {what} field &apos;{field}&apos; is in none of the site layers ({layers}).</source>
        <translation>Le champ de {what} '{field}' n'est dans aucune des couches de sites ({layers}).</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/places.py" line="491"/>
        <source>The site layers have different CRSs ({crss}): all were reprojected to one equal-area CRS for matching and areas.</source>
        <translation>Les couches de sites ont des SCR différents ({crss}) : toutes ont été reprojetées dans un même SCR à surfaces égales pour l'appariement et les surfaces.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/places.py" line="505"/>
        <source>The layer &apos;{layer}&apos; has {kind} geometry (feature {fid}): site layers need polygons or points.</source>
        <translation>La couche '{layer}' a une géométrie {kind} (entité {fid}) : les couches de sites doivent être des polygones ou des points.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/places.py" line="599"/>
        <source>The overlap threshold must be above 0 and at most 1 (got {value}).</source>
        <translation>Le seuil de chevauchement doit être supérieur à 0 et au plus 1 (reçu {value}).</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/places.py" line="686"/>
        <source>The flag list &apos;{text}&apos; is not &apos;flag=id, id&apos;: write e.g. &apos;Montreux Record=1402, 2273; World Heritage in Danger=Comoé National Park&apos;.</source>
        <translation>La liste de signalements '{text}' n'est pas de la forme 'signalement=id, id' : écrivez par ex. 'Montreux Record=1402, 2273; World Heritage in Danger=Comoé National Park'.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/places.py" line="764"/>
        <source>The planning units layer &apos;{layer}&apos; has no field &apos;selected&apos;: choose the planning_units layer a plan wrote.</source>
        <translation>La couche d'unités de planification '{layer}' n'a pas de champ 'selected' : choisissez la couche planning_units écrite par un plan.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/places.py" line="783"/>
        <source>locked in</source>
        <translation>acquis (verrouillé)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/places.py" line="783"/>
        <source>selected</source>
        <translation>sélectionné</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/places.py" line="783"/>
        <source>partly selected</source>
        <translation>partiellement sélectionné</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/places.py" line="783"/>
        <source>not selected</source>
        <translation>non sélectionné</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/places.py" line="800"/>
        <source>The species ranges layer &apos;{layer}&apos; has no species field (looked for species, binomial, sci_name, scientific_name, SCINAME).</source>
        <translation>La couche d'aires de répartition '{layer}' n'a pas de champ d'espèce (cherché : species, binomial, sci_name, scientific_name, SCINAME).</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/places.py" line="828"/>
        <source>The layer &apos;{layer}&apos; has no field &apos;dPC&apos;: choose the sites layer that Connectivity indices wrote with site importance.</source>
        <translation>La couche '{layer}' n'a pas de champ 'dPC' : choisissez la couche de sites écrite par Indices de connectivité avec l'importance des sites.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/places.py" line="943"/>
        <source>{records} site record(s) -&gt; {places} place(s); {multi} with two or more designations, {partial} with partial overlaps.</source>
        <translation>{records} enregistrement(s) de sites -&gt; {places} lieu(x) ; {multi} avec deux désignations ou plus, {partial} avec des chevauchements partiels.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/places.py" line="42"/>
        <source>Places across designations</source>
        <translation>Lieux à travers les désignations</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/places.py" line="45"/>
        <source>Matches the records of one or more site layers (WDPA, Ramsar Sites, Natura 2000, KBA/IBA, flyway network sites such as EAAFP or WHSRN, or any layer with a name and a designation field) that describe the same place: a national park that is also a Ramsar Site and a Natura 2000 site becomes one place with three designations.</source>
        <translation>Apparie les enregistrements d'une ou plusieurs couches de sites (WDPA, sites Ramsar, Natura 2000, ZCB/ZICO, sites de réseaux de voies de migration comme l'EAAFP ou le WHSRN, ou toute couche avec un champ de nom et de désignation) qui décrivent le même lieu : un parc national qui est aussi un site Ramsar et un site Natura 2000 devient un lieu avec trois désignations.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/places.py" line="45"/>
        <source>Two records are one place when they come from different layers or carry different designations and their overlap covers at least the threshold share of the smaller one; name similarity breaks ties. Records overlapping a place by less are listed in its overlaps field. Layers in different CRSs are reprojected to one equal-area CRS.</source>
        <translation>Deux enregistrements forment un seul lieu lorsqu'ils proviennent de couches différentes ou portent des désignations différentes et que leur chevauchement couvre au moins la part seuil du plus petit ; la similarité des noms départage les ex aequo. Les enregistrements qui chevauchent un lieu de moins sont listés dans son champ overlaps. Les couches dans des SCR différents sont reprojetées dans un même SCR à surfaces égales.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/places.py" line="45"/>
        <source>Fields are found by name: name (NAME, name_en, SITENAME, SITE_NAME...), designation (DESIG_ENG, DESIG, or SITETYPE for Natura 2000; Ramsar layers are Ramsar Sites; otherwise the layer name, said in the log), designation type (DESIG_TYPE), year (STATUS_YR, JAHR, YEAR, designation date) and id (WDPAID, SITECODE, ramsar_id...). Name and designation field: set them when a layer uses other names.</source>
        <translation>Les champs sont trouvés par leur nom : nom (NAME, name_en, SITENAME, SITE_NAME...), désignation (DESIG_ENG, DESIG, ou SITETYPE pour Natura 2000 ; les couches Ramsar sont des sites Ramsar ; sinon le nom de la couche, signalé dans le journal), type de désignation (DESIG_TYPE), année (STATUS_YR, JAHR, YEAR, date de désignation) et identifiant (WDPAID, SITECODE, ramsar_id...). Champ de nom et de désignation : indiquez-les quand une couche utilise d'autres noms.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/places.py" line="45"/>
        <source>Flags: lists you supply, e.g. &apos;Montreux Record=1402, 2273; World Heritage in Danger=Comoé National Park&apos;, matched against record ids and names.

Optional network role: planning units of a plan (network_share, locked_share, network_status), species ranges (species_seasons, n_species), sites with dPC from Connectivity indices (dpc_max), flyway sites with a critical field (critical_stopover) and TFCA candidates (tfca_ids).

Output: one feature per place with place_id, name, n_designations, designations (e.g. &apos;National Park (national, 1990); Ramsar Site (international, 2002)&apos;), conventions, designation_types, first_year (0: not reported), area_km2 (of the union), shares (share of the place each record covers), overlaps, flags, record_ids and layers. The optional designations table has one row per place and designation.</source>
        <translation>Signalements : listes que vous fournissez, par ex. 'Montreux Record=1402, 2273; World Heritage in Danger=Comoé National Park', comparées aux identifiants et aux noms des enregistrements.

Rôle dans le réseau (facultatif) : unités de planification d'un plan (network_share, locked_share, network_status), aires de répartition (species_seasons, n_species), sites avec dPC issus de Indices de connectivité (dpc_max), sites de voie de migration avec un champ critical (critical_stopover) et candidats ACTF (tfca_ids).

Sortie : une entité par lieu avec place_id, name, n_designations, designations (ex. 'National Park (national, 1990); Ramsar Site (international, 2002)'), conventions, designation_types, first_year (0 : non renseigné), area_km2 (de l'union), shares (part du lieu couverte par chaque enregistrement), overlaps, flags, record_ids et layers. La table facultative des désignations a une ligne par lieu et par désignation.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/places.py" line="88"/>
        <source>Site layers</source>
        <translation>Couches de sites</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/places.py" line="93"/>
        <source>Overlap share of the smaller record that makes one place</source>
        <translation>Part de chevauchement du plus petit enregistrement qui fait un seul lieu</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/places.py" line="104"/>
        <source>Name field (optional; default: found by name)</source>
        <translation>Champ de nom (facultatif ; par défaut : trouvé par son nom)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/places.py" line="104"/>
        <source>Designation field (optional; default: found by name)</source>
        <translation>Champ de désignation (facultatif ; par défaut : trouvé par son nom)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/places.py" line="104"/>
        <source>Flags (optional; e.g. Montreux Record=1402, 2273)</source>
        <translation>Signalements (facultatif ; ex. Montreux Record=1402, 2273)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/places.py" line="114"/>
        <source>Planning units of a plan (optional)</source>
        <translation>Unités de planification d'un plan (facultatif)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/places.py" line="114"/>
        <source>Species ranges (optional)</source>
        <translation>Aires de répartition des espèces (facultatif)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/places.py" line="114"/>
        <source>Sites with dPC (optional)</source>
        <translation>Sites avec dPC (facultatif)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/places.py" line="114"/>
        <source>Flyway sites with a critical field (optional)</source>
        <translation>Sites de la voie de migration avec un champ critical (facultatif)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/places.py" line="114"/>
        <source>TFCA candidates (optional)</source>
        <translation>Candidats ACTF (facultatif)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/places.py" line="126"/>
        <source>Places</source>
        <translation>Lieux</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/places.py" line="131"/>
        <source>Designations of each place</source>
        <translation>Désignations de chaque lieu</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/document.py" line="247"/>
        <source>Each place is one real site with all its designations, so that the CMS, Ramsar and CBD reports speak of the same places; places.csv lists every designation.</source>
        <translation>Chaque lieu est un site réel avec toutes ses désignations, afin que les rapports à la CMS, à Ramsar et à la CDB parlent des mêmes lieux ; places.csv liste chaque désignation.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/places.py" line="966"/>
        <source>protected areas</source>
        <translation>aires protégées</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/places.py" line="975"/>
        <source>planning units</source>
        <translation>unités de planification</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/places.py" line="982"/>
        <source>species ranges</source>
        <translation>aires de répartition des espèces</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/report.py" line="478"/>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/report.py" line="478"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/report.py" line="478"/>
        <source>Designations (type, year)</source>
        <translation>Désignations (type, année)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/report.py" line="478"/>
        <source>In the network</source>
        <translation>Dans le réseau</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/report.py" line="499"/>
        <source>Places and their designations</source>
        <translation>Lieux et leurs désignations</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/report.py" line="922"/>
        <source>One place per real site: records of different designations that cover at least half of each other are one place (a national park that is also a Ramsar site and a Natura 2000 site). places.csv lists every designation of every place; &apos;In the network&apos; is the place&apos;s status in the plan.</source>
        <translation>Un lieu par site réel : les enregistrements de désignations différentes qui se recouvrent au moins à moitié forment un seul lieu (un parc national qui est aussi un site Ramsar et un site Natura 2000). places.csv liste chaque désignation de chaque lieu ; « Dans le réseau » est le statut du lieu dans le plan.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/package.py" line="56"/>
        <source>Writes the package of a plan into one folder: cms_connectivity.gpkg (planning units with the plan, TFCA candidates, protected areas, species ranges, countries and places, each styled), targets.csv, scenario.json (reruns the plan), summary.json, report.html with its CSV tables, national_summary.json, the overview map (PDF and PNG), one atlas page per TFCA candidate, and the reporting pack: indicators.csv and indicators.json (GBF headline indicator 3.1 and ProtConn per country and year), places.csv (every designation of every place: one real site across WDPA, Ramsar, Natura 2000 and other lists) and report.docx, an editable document for the CMS, Ramsar and CBD national reports (needs python-docx).

Inputs are the outputs of &apos;Plan the network&apos;, &apos;Prepare species ranges&apos;, &apos;Prepare sites&apos; and &apos;Find TFCA candidates&apos;, with the scenario&apos;s settings (JSON) and the plan&apos;s solver summary. The dock&apos;s &apos;Export maps and report&apos; button and the command line run this same algorithm.

Files of an earlier package in the folder (maps of candidates that no longer exist included) are replaced, never mixed with the new ones.</source>
        <translation>Écrit l'export complet d'un plan dans un seul dossier : cms_connectivity.gpkg (unités de planification avec le plan, candidates ACTF, aires protégées, aires de répartition des espèces, pays et lieux, chaque couche avec son style), targets.csv, scenario.json (pour relancer le plan), summary.json, report.html avec ses tableaux CSV, national_summary.json, la carte d'ensemble (PDF et PNG), une page d'atlas par candidate ACTF, et le dossier de rapport : indicators.csv et indicators.json (indicateur phare 3.1 du CMB et ProtConn par pays et par année), places.csv (chaque désignation de chaque lieu : un même site réel à travers la WDPA, Ramsar, Natura 2000 et d'autres listes) et report.docx, un document modifiable pour les rapports nationaux à la CMS, à Ramsar et à la CDB (nécessite python-docx).

Les entrées sont les sorties de « Planifier le réseau », « Préparer les aires de répartition des espèces », « Préparer les sites » et « Trouver des candidates ACTF », avec les paramètres du scénario (JSON) et le résumé du solveur du plan. Le bouton « Exporter les cartes et le rapport » du panneau et la ligne de commande exécutent ce même algorithme.

Les fichiers d'un export précédent présents dans le dossier (y compris les cartes de candidates qui n'existent plus) sont remplacés, jamais mélangés aux nouveaux.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/crs.py" line="110"/>
        <source>The data are centred at ({lon:.6g}, {lat:.6g}), which cannot be a longitude and latitude: the coordinates are not degrees, so the layer carries the wrong CRS. Set the CRS its coordinates are in (Layer &gt; Set CRS).</source>
        <translation>Les données sont centrées en ({lon:.6g}, {lat:.6g}), ce qui ne peut pas être une longitude et une latitude : les coordonnées ne sont pas des degrés, la couche porte donc un mauvais SCR. Définissez le SCR de ses coordonnées (Couche &gt; Définir le SCR).</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/crs.py" line="116"/>
        <source>The layer &apos;{layer}&apos; is centred at ({lon:.6g}, {lat:.6g}), which cannot be a longitude and latitude: its coordinates are not degrees, so it carries the wrong CRS. Set the CRS its coordinates are in (Layer &gt; Set CRS).</source>
        <translation>La couche « {layer} » est centrée en ({lon:.6g}, {lat:.6g}), ce qui ne peut pas être une longitude et une latitude : ses coordonnées ne sont pas des degrés, elle porte donc un mauvais SCR. Définissez le SCR de ses coordonnées (Couche &gt; Définir le SCR).</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/crs.py" line="133"/>
        <source>The CRS &apos;{crs}&apos; cannot be used ({error}). Check the layer&apos;s CRS (Layer &gt; Set CRS).</source>
        <translation>Le SCR « {crs} » ne peut pas être utilisé ({error}). Vérifiez le SCR de la couche (Couche &gt; Définir le SCR).</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/crs.py" line="137"/>
        <source>The CRS &apos;{crs}&apos; met while reprojecting the layer &apos;{layer}&apos; cannot be used ({error}). Check the layer&apos;s CRS (Layer &gt; Set CRS).</source>
        <translation>Le SCR « {crs} » rencontré en reprojetant la couche « {layer} » ne peut pas être utilisé ({error}). Vérifiez le SCR de la couche (Couche &gt; Définir le SCR).</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/document.py" line="247"/>
        <source>{shown} of {total} places: those with two or more designations or in a TFCA candidate, largest first (at most {most}); places.csv and the places layer hold them all.</source>
        <translation>{shown} lieux sur {total} : ceux qui ont deux désignations ou plus ou qui font partie d'une candidate ACTF, les plus grands d'abord (au plus {most}) ; places.csv et la couche des lieux les contiennent tous.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/pipeline.py" line="266"/>
        <source>Computing ProtConn</source>
        <translation>Calcul de ProtConn</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/tfca.py" line="146"/>
        <source>Gap distance joining units (km)</source>
        <translation>Distance d'écart joignant les unités (km)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/tfca.py" line="146"/>
        <source>Median dispersal distance for dPC (km; 0 skips)</source>
        <translation>Distance médiane de dispersion pour le dPC (km ; 0 l'omet)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/tfca.py" line="146"/>
        <source>Border buffer for transboundary habitats (km)</source>
        <translation>Zone tampon frontalière pour les habitats transfrontaliers (km)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/corridors.py" line="144"/>
        <source>The resistance raster &apos;{raster}&apos; is in a projected CRS that is not in metres ({crs}), so cost distances would not be in metres: warp it to a projected CRS in metres (Raster &gt; Projections &gt; Warp), e.g. the UTM zone or a Lambert azimuthal equal-area CRS of the study area.</source>
        <translation>Le raster de résistance « {raster} » est dans un CRS projeté qui n'est pas en mètres ({crs}) : les distances de coût ne seraient pas en mètres. Reprojetez-le dans un CRS projeté en mètres (Raster &gt; Projections &gt; Projection (warp)), p. ex. la zone UTM ou un CRS Lambert azimutal équivalent de la zone d'étude.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/crs.py" line="226"/>
        <source>The CRS {crs} is not a projected CRS in metres, so areas and distances for {purpose} would be wrong: choose a projected equal-area CRS in metres, or leave it empty to use Lambert azimuthal equal-area centred on the study area.</source>
        <translation>Le CRS {crs} n'est pas un CRS projeté en mètres : les surfaces et distances calculées pour « {purpose} » seraient fausses. Choisissez un CRS projeté équivalent (à surfaces égales) en mètres, ou laissez vide pour utiliser une projection azimutale équivalente de Lambert centrée sur la zone d'étude.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/workflow.py" line="579"/>
        <source>The longest gap between stepping stones (km)</source>
        <translation>L'écart maximal entre relais (km)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/workflow.py" line="580"/>
        <source>The share of each country (%)</source>
        <translation>La part de chaque pays (%)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/workflow.py" line="581"/>
        <source>The cross-border bonus</source>
        <translation>Le bonus transfrontalier</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/workflow.py" line="582"/>
        <source>The connectivity weight</source>
        <translation>Le poids de la connectivité</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/plan.py" line="206"/>
        <source>{setting} is {value}: give 0 (off) or a positive number.</source>
        <translation>{setting} vaut {value} : donnez 0 (désactivé) ou un nombre positif.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/plan.py" line="212"/>
        <source>The share of each country is {value} %: give a percentage from 0 to 100.</source>
        <translation>La part de chaque pays est de {value} % : donnez un pourcentage de 0 à 100.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/plan.py" line="550"/>
        <source>Stepping stones were asked for, but no passage range overlaps the planning units: the plan has none. Passage ranges have season 4 (passage).</source>
        <translation>Des relais ont été demandés, mais aucune aire de passage ne chevauche les unités de planification : le plan n'en comporte aucun. Les aires de passage ont la saison 4 (passage).</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/plan.py" line="560"/>
        <source>The share of each country and the cross-border bonus need each planning unit&apos;s country: use planning units made by the plugin (field &apos;country_shares&apos;), or add a &apos;country&apos; field with ISO3 codes to the unit layer.</source>
        <translation>La part de chaque pays et le bonus transfrontalier nécessitent le pays de chaque unité de planification : utilisez des unités de planification créées par l'extension (champ 'country_shares'), ou ajoutez à la couche d'unités un champ 'country' contenant des codes ISO3.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/plan.py" line="568"/>
        <source>The countries cover {count} planning units but there are {n}: read them from the same unit layer.</source>
        <translation>Les pays couvrent {count} unités de planification, mais il y en a {n} : lisez-les depuis la même couche d'unités.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/plan.py" line="576"/>
        <source>No planning unit has a country, so no country can keep a share: check the unit layer&apos;s &apos;country_shares&apos; or &apos;country&apos; field.</source>
        <translation>Aucune unité de planification n'a de pays, donc aucun pays ne peut garder de part : vérifiez le champ 'country_shares' ou 'country' de la couche d'unités.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/plan.py" line="594"/>
        <source>A connectivity weight is set but no connectivity table was given: choose the table (id1, id2, value) or set the weight to 0.</source>
        <translation>Un poids de connectivité est défini, mais aucune table de connectivité n'a été fournie : choisissez la table (id1, id2, value) ou mettez le poids à 0.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/plan.py" line="611"/>
        <source>The connectivity table {name} was not used: its weight is 0. Give a weight above 0 to use it.</source>
        <translation>La table de connectivité {name} n'a pas été utilisée : son poids est 0. Donnez un poids supérieur à 0 pour l'utiliser.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/problem/constraints.py" line="217"/>
        <source>The country areas are {rows} x {cols} but there are {n} planning units and {count} country codes: give one row per unit and one column per code.</source>
        <translation>La table des surfaces par pays est de {rows} x {cols}, mais il y a {n} unités de planification et {count} codes de pays : donnez une ligne par unité et une colonne par code.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/problem/constraints.py" line="224"/>
        <source>The country areas must be finite and zero or more.</source>
        <translation>Les surfaces par pays doivent être finies et positives ou nulles.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/stepping_stones.py" line="95"/>
        <source>The longest gap between stepping stones is {value} km; give a positive distance, or 0 to plan without stepping stones.</source>
        <translation>L'écart maximal entre relais vaut {value} km ; donnez une distance positive, ou 0 pour planifier sans relais.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/stepping_stones.py" line="129"/>
        <source>Stepping stones for {name}: {count} band(s) along {axis}.</source>
        <translation>Relais de {name} : {count} bande(s) le long de {axis}.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/stepping_stones.py" line="129"/>
        <source>the way from the breeding to the non-breeding range</source>
        <translation>l'axe allant de l'aire de reproduction à l'aire d'hivernage</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/stepping_stones.py" line="129"/>
        <source>the long axis of the passage range</source>
        <translation>l'axe principal de l'aire de passage</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/tables.py" line="279"/>
        <source>{file} has no links: give one row per pair of planning units.</source>
        <translation>{file} ne contient aucun lien : donnez une ligne par paire d'unités de planification.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/workflow.py" line="584"/>
        <source>A connectivity weight is set: choose the connectivity table (id1, id2, value), or set the weight to 0.</source>
        <translation>Un poids de connectivité est défini : choisissez la table de connectivité (id1, id2, value) ou mettez le poids à 0.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/gui/steps.py" line="689"/>
        <source>The connectivity table {path} is not a file: choose the table again.</source>
        <translation>La table de connectivité {path} n'est pas un fichier : choisissez à nouveau la table.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/gui/widgets.py" line="79"/>
        <source>{what}: the layer &apos;{name}&apos; is not in a projected CRS in metres ({crs}): reproject it to a projected CRS in metres (Vector &gt; Data Management &gt; Reproject layer).</source>
        <translation>{what} : la couche « {name} » n'est pas dans un CRS projeté en mètres ({crs}) : reprojetez-la dans un CRS projeté en mètres (Vecteur &gt; Outils de gestion de données &gt; Reprojeter une couche).</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/corridors.py" line="104"/>
        <source>Maps where animals can move most easily between core areas (for example protected areas), as Linkage Mapper does (McRae &amp; Kavanagh 2011).

Resistance raster: the cost of crossing one metre of each cell (1 for the best habitat, higher for harder ground, nodata for impassable). It must be in a projected CRS in metres; warp a raster in degrees first (Raster &gt; Projections &gt; Warp). Costs are in resistance x metres: 1 km of resistance 1 costs 1,000.

Pairs: each core is linked to its k nearest cores (by straight-line distance between edges; 0 links every pair) closer than the maximum distance (km; 0: no limit). Links costing more than the maximum cost distance, and links whose best route crosses a third core, are dropped (advanced options).

Corridor width (cost units): a cell is in the corridor of cores A and B when the best route from A to B through it costs at most this much more than the best route overall (normalised least-cost corridor, CWD_A + CWD_B - LCD). Try 5 to 20 times the cell size for resistance 1; a larger width gives wider corridors.

Outputs: the least-cost path of every link with its length, cost (lcd), the cost-weighted distance to Euclidean distance ratio and the cores it links; a corridor raster (lowest value over all links, empty beyond the width); optionally corridor polygons. Current flow (optional, Circuitscape-style) runs an electric current from core to core inside each corridor: its raster shows pinch points, where movement funnels through a narrow gap, and each link gets its effective resistance.

Pitfalls: large rasters take time (up to 1.5 s per core per 4 million cells); results depend entirely on the resistance values, which are expert judgements for one species.</source>
        <translation>Cartographie les endroits où les animaux se déplacent le plus facilement entre des zones noyaux (par exemple des aires protégées), comme le fait Linkage Mapper (McRae &amp; Kavanagh 2011).

Raster de résistance : le coût de traversée d'un mètre de chaque cellule (1 pour le meilleur habitat, plus pour un terrain plus difficile, nodata pour l'infranchissable). Il doit être dans un CRS projeté en mètres ; reprojetez d'abord un raster en degrés (Raster &gt; Projections &gt; Projection (warp)). Les coûts sont en résistance x mètres : 1 km de résistance 1 coûte 1 000.

Paires : chaque zone noyau est reliée à ses k zones noyaux les plus proches (selon la distance en ligne droite entre les bords ; 0 relie toutes les paires) situées à moins de la distance maximale (en km ; 0 : pas de limite). Les liens qui coûtent plus que la distance de coût maximale, et ceux dont le meilleur itinéraire traverse une troisième zone noyau, sont supprimés (options avancées).

Largeur du corridor (unités de coût) : une cellule fait partie du corridor des zones noyaux A et B lorsque le meilleur itinéraire de A à B qui passe par elle coûte au plus cette valeur de plus que le meilleur itinéraire global (corridor de moindre coût normalisé, CWD_A + CWD_B - LCD). Essayez 5 à 20 fois la taille de cellule pour une résistance de 1 ; une largeur plus grande donne des corridors plus larges.

Sorties : le chemin de moindre coût de chaque lien avec sa longueur, son coût (lcd), le rapport entre distance pondérée par le coût et distance euclidienne, et les zones noyaux qu'il relie ; un raster de corridors (valeur minimale sur tous les liens, vide au-delà de la largeur) ; en option, des polygones de corridors. Le flux de courant (facultatif, à la manière de Circuitscape) fait passer un courant électrique d'une zone noyau à l'autre à l'intérieur de chaque corridor : son raster montre les points d'étranglement, où les déplacements se concentrent dans un passage étroit, et chaque lien reçoit sa résistance effective.

Pièges : les grands rasters prennent du temps (jusqu'à 1,5 s par zone noyau pour 4 millions de cellules) ; les résultats dépendent entièrement des valeurs de résistance, qui sont des jugements d'experts pour une espèce donnée.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/corridors.py" line="173"/>
        <source>Maximum distance between cores (km, 0: no limit)</source>
        <translation>Distance maximale entre zones noyaux (km, 0 : pas de limite)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/plan.py" line="318"/>
        <source>Chooses the planning units that make the best network for your migratory species, in one step: targets, objective and an exact solver (HiGHS).

Planning units: the layer written by &apos;Build planning units&apos;. Its fields unit_id (names units in messages), cost (what the plan keeps low), locked_in (1 = existing protected area, always kept) and locked_out (1 = kept out of the network, e.g. a city or a mining concession) are used when present; choose other fields if yours differ. Without a cost field each unit costs its area in km2.

Species ranges: the layer written by &apos;Prepare species ranges&apos; (or any polygon layer with a species field and an IUCN seasonal field: 1 resident, 2 breeding, 3 non-breeding, 4 passage). Every species and season is one feature; a resident range counts in every season of its species.

Target: the share of each feature&apos;s range inside the planning units that the network should hold. 30 % follows the Global Biodiversity Framework&apos;s Target 3 (30 by 30); 10-50 % is usual. Target rule: &apos;relative&apos; asks the same percentage of every feature; &apos;log-linear&apos; (Rodrigues et al. 2004) asks more of small ranges: 100 % of ranges up to 1,000 km2, 10 % from 250,000 km2, in between on a log scale (the target percentage is then not used).

Per-feature targets (optional): exceptions in percent, written as JSON with species and season code, e.g. {&quot;Ciconia ciconia|2&quot;: 50, &quot;Ciconia ciconia|4&quot;: 20}. A name that matches no feature stops the run and lists valid ones.

Objective: &apos;minimum set&apos; meets every target at the lowest total cost (Marxan&apos;s problem; the budget is not used). &apos;Maximum coverage&apos; represents as much of the targets as the budget allows; &apos;minimum shortfall&apos; makes the total shortfall below the targets as small as the budget allows; &apos;weakest link&apos; secures as many species as possible, a species counting only when the targets of all its seasons are met (a migrant needs its breeding, passage and wintering areas).

Budget: for the last three objectives, the most the network may cost, in the units of the cost (km2 when the cost is the area; e.g. 30 % of the study area). Locked-in units count against it.

Boundary length modifier (BLM): 0 ignores the shape of the network; higher values favour compact, clumped networks with shorter edges at some extra cost. Use &apos;Suggest a boundary length modifier&apos; to find a balanced value.

Time limit: seconds the solver may search (60 s is ample for a few thousand units). Gap: how close to the proven best the answer must be before the solver stops, 0.01 = within 1 %; 0 asks for the exact optimum (slower). Keep locked-in units: untick to let the plan ignore existing protected areas.

Advanced parameters (all off at 0): the longest gap between stepping stones (km) keeps a unit of every passage range in each stretch of the migration, so no two stopovers are farther apart; each country keeps at least a share (%) of its own land (needs the units&apos; country_shares or country field); the cross-border bonus (cost units per km) rewards selected neighbours in different countries; a connectivity table (CSV id1, id2, value, as Marxan Connect writes it) with its weight rewards keeping linked units together, or with one-way links charges keeping id1 without id2. The user guide explains when to use each.

Outputs: the planning units with their fields plus selected (1 = in the network) and status (&apos;locked in&apos;, &apos;selected&apos;, &apos;locked out&apos; or &apos;not selected&apos;); a target table with, for every feature, its area inside the units (total_km2), target_km2, held_km2, met (1 = target met) and shortfall_km2; and the solver status, objective, gap, cost, number of units selected and targets met.</source>
        <translation>Choisit en une seule étape les unités de planification qui forment le meilleur réseau pour vos espèces migratrices : cibles, objectif et solveur exact (HiGHS).

Unités de planification : la couche écrite par « Construire les unités de planification ». Ses champs unit_id (désigne les unités dans les messages), cost (ce que le plan cherche à minimiser), locked_in (1 = aire protégée existante, toujours conservée) et locked_out (1 = exclue du réseau, p. ex. une ville ou une concession minière) sont utilisés s'ils existent ; choisissez d'autres champs si les vôtres diffèrent. Sans champ de coût, chaque unité coûte sa surface en km2.

Aires de répartition des espèces : la couche écrite par « Préparer les aires de répartition des espèces » (ou toute couche de polygones avec un champ d'espèce et un champ de saisonnalité UICN : 1 résident, 2 reproduction, 3 hivernage (non-reproduction), 4 passage). Chaque espèce et saison forme un élément ; une aire de résidence compte dans chaque saison de son espèce.

Cible : la part de l'aire de répartition de chaque élément, à l'intérieur des unités de planification, que le réseau doit couvrir. 30 % correspond à la cible 3 du Cadre mondial de la biodiversité (30 % d'ici 2030) ; 10 à 50 % est courant. Règle de cible : « relative » demande le même pourcentage pour chaque élément ; « log-linéaire » (Rodrigues et al. 2004) demande davantage aux petites aires : 100 % des aires jusqu'à 1 000 km2, 10 % à partir de 250 000 km2, et entre les deux sur une échelle logarithmique (le pourcentage cible n'est alors pas utilisé).

Cibles par élément (facultatif) : exceptions en pourcentage, écrites en JSON avec l'espèce et le code de saison, p. ex. {&quot;Ciconia ciconia|2&quot;: 50, &quot;Ciconia ciconia|4&quot;: 20}. Un nom qui ne correspond à aucun élément arrête l'exécution et liste les noms valides.

Objectif : « ensemble minimal » atteint toutes les cibles au coût total le plus bas (le problème de Marxan ; le budget n'est pas utilisé). « Couverture maximale » représente autant des cibles que le budget le permet ; « déficit minimal » réduit le déficit total par rapport aux cibles autant que le budget le permet ; « maillon le plus faible » assure autant d'espèces que possible, une espèce ne comptant que si les cibles de toutes ses saisons sont atteintes (un migrateur a besoin de ses aires de reproduction, de passage et d'hivernage).

Budget : pour les trois derniers objectifs, le coût maximal du réseau, dans les unités du coût (km2 quand le coût est la surface ; p. ex. 30 % de la zone d'étude). Les unités verrouillées sont comptées dans le budget.

Modificateur de longueur de bordure (BLM) : 0 ignore la forme du réseau ; des valeurs plus élevées favorisent des réseaux compacts et groupés, aux bords plus courts, moyennant un surcoût. Utilisez « Suggérer un modificateur de longueur de bordure » pour trouver une valeur équilibrée.

Temps maximal : secondes pendant lesquelles le solveur peut chercher (60 s suffisent largement pour quelques milliers d'unités). Écart : à quel point la réponse doit être proche du meilleur résultat prouvé avant que le solveur ne s'arrête, 0.01 = à 1 % près ; 0 demande l'optimum exact (plus lent). Garder les unités verrouillées : décochez pour que le plan ignore les aires protégées existantes.

Paramètres avancés (tous désactivés à 0) : l'écart maximal entre relais (km) garde une unité de chaque aire de passage dans chaque tronçon de la migration, de sorte que deux haltes ne soient jamais plus éloignées que cet écart ; chaque pays garde au moins une part (%) de ses propres terres (nécessite le champ country_shares ou country des unités) ; le bonus transfrontalier (unités de coût par km) récompense les unités voisines sélectionnées situées dans des pays différents ; une table de connectivité (CSV id1, id2, value, telle que l'écrit Marxan Connect), avec son poids, récompense le maintien ensemble des unités liées ou, avec des liens à sens unique, pénalise le fait de garder id1 sans id2. Le guide de l'utilisateur explique quand utiliser chacun.

Sorties : les unités de planification avec leurs champs, plus selected (1 = dans le réseau) et status ('locked in', 'selected', 'locked out' ou 'not selected') ; une table des cibles avec, pour chaque élément, sa surface dans les unités (total_km2), target_km2, held_km2, met (1 = cible atteinte) et shortfall_km2 ; ainsi que l'état du solveur, l'objectif, l'écart, le coût, le nombre d'unités sélectionnées et les cibles atteintes.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/plan.py" line="449"/>
        <source>Longest gap between stepping stones (km; 0: off)</source>
        <translation>Écart maximal entre relais (km ; 0 : désactivé)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/plan.py" line="457"/>
        <source>Share each country keeps of its own land (%; 0: off)</source>
        <translation>Part de ses propres terres que garde chaque pays (% ; 0 : désactivé)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/plan.py" line="466"/>
        <source>Cross-border bonus (cost units per km of shared edge; 0: off)</source>
        <translation>Bonus transfrontalier (unités de coût par km de bord partagé ; 0 : désactivé)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/plan.py" line="474"/>
        <source>Connectivity table (CSV: id1, id2, value)</source>
        <translation>Table de connectivité (CSV : id1, id2, value)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/plan.py" line="474"/>
        <source>CSV or Marxan table (*.csv *.txt *.dat)</source>
        <translation>Table CSV ou Marxan (*.csv *.txt *.dat)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/plan.py" line="480"/>
        <source>Connectivity weight (0: the table is not used)</source>
        <translation>Poids de la connectivité (0 : la table n'est pas utilisée)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/plan.py" line="488"/>
        <source>Connectivity links are two-way (untick: from id1 to id2 only)</source>
        <translation>Les liens de connectivité vont dans les deux sens (décoché : de id1 vers id2 seulement)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/qgis_io/sinks.py" line="45"/>
        <source>lines</source>
        <translation>lignes</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/qgis_io/sinks.py" line="117"/>
        <source>{count} feature(s) written to &apos;{output}&apos; held parts that are not {kind} (for example a geometry collection left by an intersection): only their {kind} were kept, and {empty} of them, left with none, were written without geometry.</source>
        <translation>{count} entité(s) écrite(s) dans « {output} » contenaient des parties qui ne sont pas des {kind} (par exemple une collection de géométries issue d'une intersection) : seules leurs parties de ce type ({kind}) ont été conservées, et {empty} d'entre elles, sans aucune partie de ce type, ont été écrites sans géométrie.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/qgis_io/styles.py" line="41"/>
        <source>Lowest cost</source>
        <translation>Coût le plus faible</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/qgis_io/styles.py" line="41"/>
        <source>Low cost</source>
        <translation>Coût faible</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/qgis_io/styles.py" line="41"/>
        <source>Higher cost</source>
        <translation>Coût plus élevé</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/qgis_io/styles.py" line="41"/>
        <source>Highest cost</source>
        <translation>Coût le plus élevé</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/qgis_io/styles.py" line="41"/>
        <source>Lowest importance (dPC)</source>
        <translation>Importance la plus faible (dPC)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/qgis_io/styles.py" line="41"/>
        <source>Low importance</source>
        <translation>Importance faible</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/qgis_io/styles.py" line="41"/>
        <source>Medium importance</source>
        <translation>Importance moyenne</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/qgis_io/styles.py" line="41"/>
        <source>High importance</source>
        <translation>Importance élevée</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/qgis_io/styles.py" line="41"/>
        <source>Highest importance (dPC)</source>
        <translation>Importance la plus élevée (dPC)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/methods.py" line="83"/>
        <source>Additional rules of the plan:</source>
        <translation>Règles supplémentaires du plan :</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/methods.py" line="119"/>
        <source>along each passage range, a stopover at least every {km:g} km from the breeding to the non-breeding range;</source>
        <translation>le long de chaque aire de passage, une halte au moins tous les {km:g} km de l'aire de reproduction à l'aire d'hivernage ;</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/methods.py" line="130"/>
        <source>every country keeps at least {share:g}% of its land;</source>
        <translation>chaque pays garde au moins {share:g} % de son territoire ;</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/methods.py" line="135"/>
        <source>a bonus of {bonus:g} cost units per km of edge shared by selected units of two countries;</source>
        <translation>un bonus de {bonus:g} unités de coût par km de limite partagée par des unités sélectionnées de deux pays ;</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/methods.py" line="147"/>
        <source>links between units from the table {name}, weighted {weight:g}.</source>
        <translation>des liens entre unités tirés de la table {name}, de poids {weight:g}.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/amounts.py" line="322"/>
        <source>computing the amounts (units x ranges)</source>
        <translation>le calcul des quantités (unités x aires de répartition)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/calibration.py" line="105"/>
        <source>solving the BLM trade-off</source>
        <translation>la résolution du compromis BLM</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/cluster.py" line="86"/>
        <source>Give either a Dask scheduler address ({scheduler}) or a number of local workers ({workers}), not both.</source>
        <translation>Donnez soit l'adresse d'un ordonnanceur Dask ({scheduler}), soit un nombre de workers Dask locaux ({workers}), mais pas les deux.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/cluster.py" line="95"/>
        <source>The number of workers is {value}; give a whole number of 1 or more.</source>
        <translation>Le nombre de workers Dask vaut {value} ; donnez un nombre entier supérieur ou égal à 1.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/cluster.py" line="107"/>
        <source>Running on a Dask cluster needs the dask[distributed] package: install it with pip ({reason}).</source>
        <translation>L'exécution sur un cluster Dask nécessite le paquet dask[distributed] : installez-le avec pip ({reason}).</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/cluster.py" line="133"/>
        <source>Cannot reach the Dask scheduler at {address} ({reason}); check the address, that &apos;dask scheduler&apos; runs there and that its port is open.</source>
        <translation>Impossible de joindre l'ordonnanceur Dask à {address} ({reason}) ; vérifiez l'adresse, que « dask scheduler » y est lancé et que son port est ouvert.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/cluster.py" line="283"/>
        <source>Lost the Dask scheduler at {address} while {what}; check that it still runs and is reachable, then run again.</source>
        <translation>Connexion perdue avec l'ordonnanceur Dask à {address} pendant {what} ; vérifiez qu'il tourne toujours et qu'il est joignable, puis relancez.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/cluster.py" line="291"/>
        <source>Dask workers of the cluster at {address} died repeatedly while {what}; check that every worker has enough memory and runs this plugin with the same shapely and numpy, then run again.</source>
        <translation>Des workers Dask du cluster à {address} se sont arrêtés brutalement à plusieurs reprises pendant {what} ; vérifiez que chaque worker Dask dispose d'assez de mémoire et exécute cette extension avec les mêmes versions de shapely et de numpy, puis relancez.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/cluster.py" line="300"/>
        <source>A Dask worker of the cluster at {address} failed while {what}: {kind}: {reason}; check that the workers have this plugin installed (see core/cluster.py), then run again.</source>
        <translation>Un worker Dask du cluster à {address} a échoué pendant {what} : {kind} : {reason} ; vérifiez que l'extension est installée sur les workers Dask (voir core/cluster.py), puis relancez.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/portfolio.py" line="463"/>
        <source>solving the shuffled portfolio</source>
        <translation>la résolution du portefeuille « shuffle »</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/portfolio.py" line="622"/>
        <source>computing replacement costs</source>
        <translation>le calcul des coûts de remplacement</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/workflow.py" line="499"/>
        <source>The Dask scheduler address &apos;{address}&apos; is not an address: write it as tcp://host:8786, or leave it empty to run on this computer.</source>
        <translation>L'adresse de l'ordonnanceur Dask « {address} » n'est pas une adresse : écrivez-la sous la forme tcp://host:8786, ou laissez-la vide pour tout exécuter sur cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/base.py" line="90"/>
        <source>Dask scheduler address (e.g. tcp://host:8786; empty: this computer)</source>
        <translation>Adresse de l'ordonnanceur Dask (p. ex. tcp://host:8786 ; vide : cet ordinateur)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/calibration.py" line="292"/>
        <source>Solves 1 to 4 on the Dask cluster: both ends of the curve at once</source>
        <translation>Résolutions 1 à 4 sur le cluster Dask : les deux extrémités de la courbe en même temps</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/calibration.py" line="294"/>
        <source>finding Cohon&apos;s BLM</source>
        <translation>la recherche du BLM de Cohon</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/calibration.py" line="294"/>
        <source>Solves on the Dask cluster</source>
        <translation>Résolutions sur le cluster Dask</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/cluster.py" line="180"/>
        <source>Cannot start local Dask workers: no Python interpreter was found next to {program}; start a scheduler and workers yourself and give its address instead.</source>
        <translation>Impossible de démarrer des workers Dask locaux : aucun interpréteur Python n'a été trouvé à côté de {program} ; démarrez vous-même un ordonnanceur et des workers Dask, puis donnez l'adresse de l'ordonnanceur.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/indices.py" line="1085"/>
        <source>computing the importance of each site</source>
        <translation>le calcul de l'importance de chaque site</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/frames.py" line="81"/>
        <source>The GeoDataFrame functions need the Python package {package}, which is not installed: install it with pip in this Python (&apos;make setup&apos; does it in the plugin&apos;s venv).</source>
        <translation>Les fonctions GeoDataFrame ont besoin du paquet Python {package}, qui n'est pas installé : installez-le avec pip dans ce Python ('make setup' le fait dans le venv de l'extension).</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/frames.py" line="123"/>
        <source>&apos;{layer}&apos; is not a GeoDataFrame with a geometry column: build one with geopandas.GeoDataFrame(data, geometry=..., crs=...).</source>
        <translation>« {layer} » n'est pas un GeoDataFrame avec une colonne de géométrie : créez-en un avec geopandas.GeoDataFrame(data, geometry=..., crs=...).</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/frames.py" line="241"/>
        <source>The amounts name unit(s) {units} that are not among the unit ids given: pass the ids of the units the amounts were computed for.</source>
        <translation>Les quantités nomment des unités ({units}) absentes des identifiants d'unité donnés : passez les identifiants des unités pour lesquelles les quantités ont été calculées.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/frames.py" line="323"/>
        <source>The units are not a dask-geopandas GeoDataFrame: open them with dask_geopandas.read_parquet(...) or split a GeoDataFrame with dask_geopandas.from_geopandas(frame, npartitions=...).</source>
        <translation>Les unités ne sont pas un GeoDataFrame dask-geopandas : ouvrez-les avec dask_geopandas.read_parquet(...) ou découpez un GeoDataFrame avec dask_geopandas.from_geopandas(frame, npartitions=...).</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/solvers/__init__.py" line="151"/>
        <source>Lagrangian cuts</source>
        <translation>Coupes lagrangiennes</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/frames.py" line="379"/>
        <source>The folder {folder} does not exist: create it or choose another one.</source>
        <translation>Le dossier {folder} n'existe pas : créez-le ou choisissez-en un autre.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/methods.py" line="64"/>
        <source>Huangfu and Hall 2018</source>
        <translation>Huangfu et Hall 2018</translation>
    </message>
</context>
<context>
    <name>ConnectivityStep</name>
    <message>
        <location filename="../resources/ui/connectivity_step.ui" line="5"/>
        <source>Connectivity</source>
        <translation>Connectivité</translation>
    </message>
    <message>
        <location filename="../resources/ui/connectivity_step.ui" line="9"/>
        <source>How well connected are the sites, which matter most, and where could corridors run? Tick the analyses to run.</source>
        <translation>Dans quelle mesure les sites sont-ils connectés, lesquels comptent le plus, et par où des corridors pourraient-ils passer ? Cochez les analyses à exécuter.</translation>
    </message>
    <message>
        <location filename="../resources/ui/connectivity_step.ui" line="14"/>
        <source>?</source>
        <translation>?</translation>
    </message>
    <message>
        <location filename="../resources/ui/connectivity_step.ui" line="15"/>
        <source>Open the user guide at this step</source>
        <translation>Ouvrir le guide de l'utilisateur à cette étape</translation>
    </message>
    <message>
        <location filename="../resources/ui/connectivity_step.ui" line="20"/>
        <source>Dispersal</source>
        <translation>Dispersion</translation>
    </message>
    <message>
        <location filename="../resources/ui/connectivity_step.ui" line="24"/>
        <source>Median dispersal distance (km)</source>
        <translation>Distance de dispersion médiane (km)</translation>
    </message>
    <message>
        <location filename="../resources/ui/connectivity_step.ui" line="34"/>
        <source>Distance at which the probability of moving between two sites is 0.5. ProtConn reports often use 1, 10 and 100 km.</source>
        <translation>Distance à laquelle la probabilité de se déplacer entre deux sites vaut 0.5. Les rapports ProtConn utilisent souvent 1, 10 et 100 km.</translation>
    </message>
    <message>
        <location filename="../resources/ui/connectivity_step.ui" line="40"/>
        <source>Analyses</source>
        <translation>Analyses</translation>
    </message>
    <message>
        <location filename="../resources/ui/connectivity_step.ui" line="44"/>
        <source>ProtConn: protected and connected land, per country</source>
        <translation>ProtConn : terres protégées et connectées, par pays</translation>
    </message>
    <message>
        <location filename="../resources/ui/connectivity_step.ui" line="46"/>
        <source>GBF Target 3 indicator (Saura et al. 2017) with its fractions, including how much comes through the protected areas of neighbouring countries.</source>
        <translation>Indicateur de la cible 3 du CMB (Saura et al. 2017) avec ses fractions, y compris la part qui passe par les aires protégées des pays voisins.</translation>
    </message>
    <message>
        <location filename="../resources/ui/connectivity_step.ui" line="50"/>
        <source>Site importance (PC, EC and dPC)</source>
        <translation>Importance des sites (PC, EC et dPC)</translation>
    </message>
    <message>
        <location filename="../resources/ui/connectivity_step.ui" line="52"/>
        <source>Probability of connectivity and how much each site contributes to it (Saura &amp; Rubio 2010).</source>
        <translation>Probabilité de connectivité et contribution de chaque site à celle-ci (Saura &amp; Rubio 2010).</translation>
    </message>
    <message>
        <location filename="../resources/ui/connectivity_step.ui" line="56"/>
        <source>Least-cost corridors between sites</source>
        <translation>Corridors de moindre coût entre les sites</translation>
    </message>
    <message>
        <location filename="../resources/ui/connectivity_step.ui" line="57"/>
        <source>Corridors over a resistance raster (Linkage Mapper&apos;s normalised least-cost corridors).</source>
        <translation>Corridors sur un raster de résistance (corridors de moindre coût normalisés de Linkage Mapper).</translation>
    </message>
    <message>
        <location filename="../resources/ui/connectivity_step.ui" line="61"/>
        <source>Resistance raster</source>
        <translation>Raster de résistance</translation>
    </message>
    <message>
        <location filename="../resources/ui/connectivity_step.ui" line="67"/>
        <source>Cost of moving through each cell: 1 for easy habitat, higher values for barriers.</source>
        <translation>Coût du déplacement à travers chaque cellule : 1 pour un habitat facile à traverser, des valeurs plus élevées pour les obstacles.</translation>
    </message>
    <message>
        <location filename="../resources/ui/connectivity_step.ui" line="71"/>
        <source>Flyway network and critical stopover sites (needs tracking data)</source>
        <translation>Réseau de voie de migration et sites de halte critiques (nécessite des données de suivi)</translation>
    </message>
    <message>
        <location filename="../resources/ui/connectivity_step.ui" line="72"/>
        <source>Stopover sites from the tracking data, linked from breeding to non-breeding grounds; flags critical sites that are not protected.</source>
        <translation>Sites de halte issus des données de suivi, reliés des zones de reproduction aux zones d'hivernage ; signale les sites critiques qui ne sont pas protégés.</translation>
    </message>
    <message>
        <location filename="../resources/ui/connectivity_step.ui" line="86"/>
        <source>Run analyses</source>
        <translation>Exécuter les analyses</translation>
    </message>
</context>
<context>
    <name>DataStep</name>
    <message>
        <location filename="../resources/ui/data_step.ui" line="5"/>
        <source>Data</source>
        <translation>Données</translation>
    </message>
    <message>
        <location filename="../resources/ui/data_step.ui" line="9"/>
        <source>Choose the species ranges and sites to plan with, or simulate training data for a workshop. Then press Prepare data.</source>
        <translation>Choisissez les aires de répartition des espèces et les sites avec lesquels planifier, ou simulez des données de formation pour un atelier. Cliquez ensuite sur Préparer les données.</translation>
    </message>
    <message>
        <location filename="../resources/ui/data_step.ui" line="14"/>
        <source>?</source>
        <translation>?</translation>
    </message>
    <message>
        <location filename="../resources/ui/data_step.ui" line="15"/>
        <source>Open the user guide at this step</source>
        <translation>Ouvrir le guide de l'utilisateur à cette étape</translation>
    </message>
    <message>
        <location filename="../resources/ui/data_step.ui" line="21"/>
        <source>Simulated training data</source>
        <translation>Données de formation simulées</translation>
    </message>
    <message>
        <location filename="../resources/ui/data_step.ui" line="23"/>
        <source>Simulated species and protected areas for the countries below: works offline, for workshops. Not real data.</source>
        <translation>Espèces et aires protégées simulées pour les pays ci-dessous : fonctionne hors ligne, pour les ateliers. Ce ne sont pas des données réelles.</translation>
    </message>
    <message>
        <location filename="../resources/ui/data_step.ui" line="27"/>
        <source>My own layers</source>
        <translation>Mes propres couches</translation>
    </message>
    <message>
        <location filename="../resources/ui/data_step.ui" line="28"/>
        <source>Real species ranges (IUCN, BirdLife, NatureServe, eBird), tracking data and site layers of the project.</source>
        <translation>Aires de répartition réelles (UICN, BirdLife, NatureServe, eBird), données de suivi et couches de sites du projet.</translation>
    </message>
    <message>
        <location filename="../resources/ui/data_step.ui" line="33"/>
        <source>Study area and training data</source>
        <translation>Zone d'étude et données de formation</translation>
    </message>
    <message>
        <location filename="../resources/ui/data_step.ui" line="37"/>
        <source>Countries (ISO3)</source>
        <translation>Pays (ISO3)</translation>
    </message>
    <message>
        <location filename="../resources/ui/data_step.ui" line="43"/>
        <source>Three-letter ISO 3166 codes separated by commas, e.g. FRA,ESP,MAR. They define the study area and the countries analysed for ProtConn.</source>
        <translation>Codes ISO 3166 à trois lettres séparés par des virgules, p. ex. FRA,ESP,MAR. Ils définissent la zone d'étude et les pays analysés pour ProtConn.</translation>
    </message>
    <message>
        <location filename="../resources/ui/data_step.ui" line="44"/>
        <source>FRA,ESP,MAR</source>
        <translation>FRA,ESP,MAR</translation>
    </message>
    <message>
        <location filename="../resources/ui/data_step.ui" line="48"/>
        <source>Simulated species</source>
        <translation>Espèces simulées</translation>
    </message>
    <message>
        <location filename="../resources/ui/data_step.ui" line="57"/>
        <source>How many migratory species to simulate; each has breeding, passage and non-breeding ranges.</source>
        <translation>Nombre d'espèces migratrices à simuler ; chacune a des aires de reproduction, de passage et d'hivernage.</translation>
    </message>
    <message>
        <location filename="../resources/ui/data_step.ui" line="61"/>
        <source>Random seed</source>
        <translation>Graine aléatoire</translation>
    </message>
    <message>
        <location filename="../resources/ui/data_step.ui" line="74"/>
        <source>The same seed gives the same training data, so every group of a workshop sees the same map.</source>
        <translation>La même graine donne les mêmes données de formation : chaque groupe d'un atelier voit ainsi la même carte.</translation>
    </message>
    <message>
        <location filename="../resources/ui/data_step.ui" line="80"/>
        <source>Your layers</source>
        <translation>Vos couches</translation>
    </message>
    <message>
        <location filename="../resources/ui/data_step.ui" line="84"/>
        <source>Species ranges</source>
        <translation>Aires de répartition des espèces</translation>
    </message>
    <message>
        <location filename="../resources/ui/data_step.ui" line="90"/>
        <source>Polygon layer of species ranges. IUCN Red List, BirdLife, NatureServe and eBird fields are recognised automatically.</source>
        <translation>Couche de polygones d'aires de répartition des espèces. Les champs de la Liste rouge de l'UICN, de BirdLife, de NatureServe et d'eBird sont reconnus automatiquement.</translation>
    </message>
    <message>
        <location filename="../resources/ui/data_step.ui" line="96"/>
        <source>What the plugin recognised in the range layer: its schema, species and seasons.</source>
        <translation>Ce que l'extension a reconnu dans la couche d'aires de répartition : son schéma, ses espèces et ses saisons.</translation>
    </message>
    <message>
        <location filename="../resources/ui/data_step.ui" line="100"/>
        <source>Species field</source>
        <translation>Champ d'espèce</translation>
    </message>
    <message>
        <location filename="../resources/ui/data_step.ui" line="106"/>
        <source>Only when the schema is not recognised: the field with the species name.</source>
        <translation>Seulement si le schéma n'est pas reconnu : le champ qui contient le nom de l'espèce.</translation>
    </message>
    <message>
        <location filename="../resources/ui/data_step.ui" line="110"/>
        <source>Season field</source>
        <translation>Champ de saison</translation>
    </message>
    <message>
        <location filename="../resources/ui/data_step.ui" line="116"/>
        <source>Only when the schema is not recognised: the field with the season code (1 resident, 2 breeding, 3 non-breeding, 4 passage).</source>
        <translation>Seulement si le schéma n'est pas reconnu : le champ qui contient le code de saison (1 résident, 2 reproduction, 3 hivernage, 4 passage).</translation>
    </message>
    <message>
        <location filename="../resources/ui/data_step.ui" line="120"/>
        <source>Tracking data (CSV)</source>
        <translation>Données de suivi (CSV)</translation>
    </message>
    <message>
        <location filename="../resources/ui/data_step.ui" line="126"/>
        <source>Optional: a Movebank CSV (.csv or .csv.gz) of GPS fixes. Seasonal ranges and stopover sites are derived from it.</source>
        <translation>Facultatif : un CSV Movebank (.csv ou .csv.gz) de localisations GPS. Les aires saisonnières et les sites de halte en sont dérivés.</translation>
    </message>
    <message>
        <location filename="../resources/ui/data_step.ui" line="130"/>
        <source>Tracked species</source>
        <translation>Espèce suivie</translation>
    </message>
    <message>
        <location filename="../resources/ui/data_step.ui" line="136"/>
        <source>Scientific name of the tracked species, e.g. Ciconia ciconia.</source>
        <translation>Nom scientifique de l'espèce suivie, p. ex. Ciconia ciconia.</translation>
    </message>
    <message>
        <location filename="../resources/ui/data_step.ui" line="140"/>
        <source>Existing sites</source>
        <translation>Sites existants</translation>
    </message>
    <message>
        <location filename="../resources/ui/data_step.ui" line="146"/>
        <source>Protected areas (WDPA), Key Biodiversity Areas or Ramsar sites: polygons, or WDPA points with REP_AREA.</source>
        <translation>Aires protégées (WDPA), zones clés pour la biodiversité (KBA) ou sites Ramsar : polygones, ou points WDPA avec REP_AREA.</translation>
    </message>
    <message>
        <location filename="../resources/ui/data_step.ui" line="152"/>
        <source>Borders, costs and outputs</source>
        <translation>Frontières, coûts et sorties</translation>
    </message>
    <message>
        <location filename="../resources/ui/data_step.ui" line="156"/>
        <source>Country borders</source>
        <translation>Frontières des pays</translation>
    </message>
    <message>
        <location filename="../resources/ui/data_step.ui" line="162"/>
        <source>Country polygons with ISO3 codes. Empty: the world map that comes with QGIS (Natural Earth).</source>
        <translation>Polygones des pays avec leurs codes ISO3. Vide : la carte du monde fournie avec QGIS (Natural Earth).</translation>
    </message>
    <message>
        <location filename="../resources/ui/data_step.ui" line="166"/>
        <source>Cost raster</source>
        <translation>Raster de coût</translation>
    </message>
    <message>
        <location filename="../resources/ui/data_step.ui" line="172"/>
        <source>Optional: a raster of cost (e.g. land price or human footprint). Empty: the cost of a unit is its area.</source>
        <translation>Facultatif : un raster de coût (p. ex. prix du foncier ou empreinte humaine). Vide : le coût d'une unité est sa surface.</translation>
    </message>
    <message>
        <location filename="../resources/ui/data_step.ui" line="176"/>
        <source>Output folder</source>
        <translation>Dossier de sortie</translation>
    </message>
    <message>
        <location filename="../resources/ui/data_step.ui" line="182"/>
        <source>Every layer, map and report is written here as files, so the saved project finds them again.</source>
        <translation>Chaque couche, carte et rapport est écrit ici sous forme de fichiers, afin que le projet enregistré les retrouve.</translation>
    </message>
    <message>
        <location filename="../resources/ui/data_step.ui" line="205"/>
        <source>Prepare data</source>
        <translation>Préparer les données</translation>
    </message>
    <message>
        <location filename="../resources/ui/data_step.ui" line="67"/>
        <source>Simulate training data</source>
        <translation>Simuler des données de formation</translation>
    </message>
    <message>
        <location filename="../resources/ui/data_step.ui" line="68"/>
        <source>Create the simulated species ranges and protected areas now, to look at them on the map. Prepare data uses the same layers (same countries and seed).</source>
        <translation>Créer dès maintenant les aires de répartition et les aires protégées simulées, pour les voir sur la carte. « Préparer les données » utilise les mêmes couches (mêmes pays et même graine).</translation>
    </message>
    <message>
        <location filename="../resources/ui/data_step.ui" line="186"/>
        <source>Dask scheduler</source>
        <translation>Ordonnanceur Dask</translation>
    </message>
    <message>
        <location filename="../resources/ui/data_step.ui" line="191"/>
        <source>empty: this computer</source>
        <translation>vide : cet ordinateur</translation>
    </message>
    <message>
        <location filename="../resources/ui/data_step.ui" line="192"/>
        <source>Optional: the address of a running Dask scheduler (e.g. tcp://192.168.1.20:8786). The heavy, independent work of a run (areas of the ranges in each unit, portfolio and BLM solves, the importance of each site for connectivity) then goes to its workers, which need the plugin installed (see the user guide). Empty: everything runs on this computer.</source>
        <translation>Facultatif : l'adresse d'un ordonnanceur Dask en fonctionnement (p. ex. tcp://192.168.1.20:8786). Le travail lourd et indépendant d'un calcul (surfaces des aires de répartition dans chaque unité, résolutions des portefeuilles et du BLM, importance de chaque site pour la connectivité) est alors confié à ses workers Dask, sur lesquels l'extension doit être installée (voir le guide de l'utilisateur). Vide : tout s'exécute sur cet ordinateur.</translation>
    </message>
</context>
<context>
    <name>PlannerDockBody</name>
    <message>
        <location filename="../resources/ui/planner_dock.ui" line="5"/>
        <source>CMS Connectivity Planner</source>
        <translation>Planificateur de connectivité CMS</translation>
    </message>
    <message>
        <location filename="../resources/ui/planner_dock.ui" line="9"/>
        <source>Scenario</source>
        <translation>Scénario</translation>
    </message>
    <message>
        <location filename="../resources/ui/planner_dock.ui" line="10"/>
        <source>Import or export all settings as a scenario file (JSON) that also runs from Processing and the command line.</source>
        <translation>Importer ou exporter tous les paramètres sous forme de fichier de scénario (JSON), exécutable aussi depuis la boîte à outils de traitement et en ligne de commande.</translation>
    </message>
    <message>
        <location filename="../resources/ui/planner_dock.ui" line="18"/>
        <source>The steps of the workflow, from data to maps</source>
        <translation>Les étapes du flux de travail, des données aux cartes</translation>
    </message>
    <message>
        <location filename="../resources/ui/planner_dock.ui" line="39"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../resources/ui/planner_dock.ui" line="41"/>
        <source>Stop the running step; nothing of it is kept.</source>
        <translation>Arrêter l'étape en cours ; rien n'en est conservé.</translation>
    </message>
    <message>
        <location filename="../resources/ui/planner_dock.ui" line="33"/>
        <source>Stop and keep</source>
        <translation>Arrêter et garder</translation>
    </message>
    <message>
        <location filename="../resources/ui/planner_dock.ui" line="35"/>
        <source>Stop the solver now and keep the best network found so far. It is marked &quot;interrupted&quot; with its gap: not proven optimal.</source>
        <translation>Arrêter le solveur maintenant et garder le meilleur réseau trouvé jusque-là. Il est marqué « interrupted » avec son écart : son optimalité n'est pas prouvée.</translation>
    </message>
</context>
<context>
    <name>SolveStep</name>
    <message>
        <location filename="../resources/ui/solve_step.ui" line="193"/>
        <source>Solve</source>
        <translation>Résolution</translation>
    </message>
    <message>
        <location filename="../resources/ui/solve_step.ui" line="9"/>
        <source>Choose what the plan optimises, then solve exactly with integer programming (HiGHS). Large problems can take minutes: you can cancel.</source>
        <translation>Choisissez ce que le plan optimise, puis résolvez de manière exacte par programmation en nombres entiers (HiGHS). Les grands problèmes peuvent prendre plusieurs minutes : vous pouvez annuler.</translation>
    </message>
    <message>
        <location filename="../resources/ui/solve_step.ui" line="14"/>
        <source>?</source>
        <translation>?</translation>
    </message>
    <message>
        <location filename="../resources/ui/solve_step.ui" line="15"/>
        <source>Open the user guide at this step</source>
        <translation>Ouvrir le guide de l'utilisateur à cette étape</translation>
    </message>
    <message>
        <location filename="../resources/ui/solve_step.ui" line="24"/>
        <source>Objective</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <location filename="../resources/ui/solve_step.ui" line="30"/>
        <source>Minimum set: meet every target at least cost. The others work within a budget: cover as much as possible, leave the smallest shortfall, or raise the weakest-covered feature.</source>
        <translation>Ensemble minimal : atteindre toutes les cibles au moindre coût. Les autres objectifs fonctionnent dans la limite d'un budget : couvrir le plus possible, laisser le plus petit déficit, ou relever l'élément le moins bien couvert.</translation>
    </message>
    <message>
        <location filename="../resources/ui/solve_step.ui" line="31"/>
        <source>Minimum set: meet every target at least cost</source>
        <translation>Ensemble minimal : atteindre toutes les cibles au moindre coût</translation>
    </message>
    <message>
        <location filename="../resources/ui/solve_step.ui" line="32"/>
        <source>Maximum coverage within a budget</source>
        <translation>Couverture maximale dans la limite d'un budget</translation>
    </message>
    <message>
        <location filename="../resources/ui/solve_step.ui" line="33"/>
        <source>Minimum shortfall within a budget</source>
        <translation>Déficit minimal dans la limite d'un budget</translation>
    </message>
    <message>
        <location filename="../resources/ui/solve_step.ui" line="34"/>
        <source>Weakest link within a budget</source>
        <translation>Maillon le plus faible dans la limite d'un budget</translation>
    </message>
    <message>
        <location filename="../resources/ui/solve_step.ui" line="38"/>
        <source>Budget (cost units)</source>
        <translation>Budget (unités de coût)</translation>
    </message>
    <message>
        <location filename="../resources/ui/solve_step.ui" line="48"/>
        <source>Most the plan may cost, in the units of the cost (km2 when the cost is the area). Used by the budgeted objectives only.</source>
        <translation>Coût maximal du plan, dans les unités du coût (km2 lorsque le coût est la surface). Utilisé uniquement par les objectifs avec budget.</translation>
    </message>
    <message>
        <location filename="../resources/ui/solve_step.ui" line="54"/>
        <source>Compactness and connectivity</source>
        <translation>Compacité et connectivité</translation>
    </message>
    <message>
        <location filename="../resources/ui/solve_step.ui" line="58"/>
        <source>Boundary length modifier (BLM)</source>
        <translation>Modificateur de longueur de bordure (BLM)</translation>
    </message>
    <message>
        <location filename="../resources/ui/solve_step.ui" line="68"/>
        <source>Weight of the boundary length: higher values give fewer, more compact and better connected clusters at a higher cost. 0 ignores the boundary. Use Calibrate to find a balanced value.</source>
        <translation>Poids de la longueur de bordure : des valeurs plus élevées donnent des groupes moins nombreux, plus compacts et mieux connectés, pour un coût plus élevé. 0 ignore la bordure. Utilisez Calibrer pour trouver une valeur équilibrée.</translation>
    </message>
    <message>
        <location filename="../resources/ui/solve_step.ui" line="72"/>
        <source>Calibrate BLM</source>
        <translation>Calibrer le BLM</translation>
    </message>
    <message>
        <location filename="../resources/ui/solve_step.ui" line="73"/>
        <source>Find the BLM where cost and boundary are balanced (Cohon et al. 1979): two or three solves.</source>
        <translation>Trouver le BLM qui équilibre le coût et la bordure (Cohon et al. 1979) : deux ou trois résolutions.</translation>
    </message>
    <message>
        <location filename="../resources/ui/solve_step.ui" line="150"/>
        <source>Solver</source>
        <translation>Solveur</translation>
    </message>
    <message>
        <location filename="../resources/ui/solve_step.ui" line="154"/>
        <source>Time limit (s)</source>
        <translation>Temps maximal (s)</translation>
    </message>
    <message>
        <location filename="../resources/ui/solve_step.ui" line="164"/>
        <source>The solver stops after this time and returns the best plan found, with its gap to the optimum.</source>
        <translation>Le solveur s'arrête après ce délai et renvoie le meilleur plan trouvé, avec son écart à l'optimum.</translation>
    </message>
    <message>
        <location filename="../resources/ui/solve_step.ui" line="168"/>
        <source>Optimality gap</source>
        <translation>Écart d'optimalité</translation>
    </message>
    <message>
        <location filename="../resources/ui/solve_step.ui" line="179"/>
        <source>Stop when the plan is proven within this percentage of the best possible. 0 % proves optimality; 1 % is usually enough.</source>
        <translation>Arrêter lorsque le plan est prouvé à moins de ce pourcentage du meilleur possible. 0 % prouve l'optimalité ; 1 % suffit généralement.</translation>
    </message>
    <message>
        <location filename="../resources/ui/solve_step.ui" line="178"/>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <location filename="../resources/ui/solve_step.ui" line="79"/>
        <source>Advanced: stepping stones, countries, connectivity</source>
        <translation>Avancé : relais migratoires, pays, connectivité</translation>
    </message>
    <message>
        <location filename="../resources/ui/solve_step.ui" line="85"/>
        <source>Longest gap between stopovers (km)</source>
        <translation>Écart maximal entre haltes (km)</translation>
    </message>
    <message>
        <location filename="../resources/ui/solve_step.ui" line="95"/>
        <source>Keep a stopover in every stretch of each passage range: no two consecutive stopovers along the migration (from the breeding to the non-breeding range) are farther apart than this. Off: no such rule.</source>
        <translation>Garde une halte dans chaque tronçon de chaque aire de passage : deux haltes consécutives le long de la migration (de l'aire de reproduction à l'aire d'hivernage) ne sont jamais plus éloignées que cette distance. Désactivé : aucune règle de ce type.</translation>
    </message>
    <message>
        <location filename="../resources/ui/solve_step.ui" line="140"/>
        <source>Off</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <location filename="../resources/ui/solve_step.ui" line="98"/>
        <source>Each country keeps at least</source>
        <translation>Chaque pays garde au moins</translation>
    </message>
    <message>
        <location filename="../resources/ui/solve_step.ui" line="108"/>
        <source>Every country in the study area keeps at least this share of its own land in the network, wherever the species are: a national share of GBF Target 3. Needs the units&apos; countries (planning units made by the plugin have them). Off: no such rule.</source>
        <translation>Chaque pays de la zone d'étude garde au moins cette part de ses propres terres dans le réseau, où que se trouvent les espèces : une part nationale de la cible 3 du CMB. Nécessite le pays des unités (les unités de planification créées par l'extension l'indiquent). Désactivé : aucune règle de ce type.</translation>
    </message>
    <message>
        <location filename="../resources/ui/solve_step.ui" line="111"/>
        <source>Cross-border bonus (per km)</source>
        <translation>Bonus transfrontalier (par km)</translation>
    </message>
    <message>
        <location filename="../resources/ui/solve_step.ui" line="120"/>
        <source>Cost units earned for every km of edge shared by two selected units in different countries: favours networks that meet across borders, the seeds of transfrontier conservation areas. Off: no bonus.</source>
        <translation>Unités de coût gagnées pour chaque km de bord partagé par deux unités sélectionnées situées dans des pays différents : favorise les réseaux qui se rejoignent de part et d'autre des frontières, germes d'aires de conservation transfrontalières. Désactivé : pas de bonus.</translation>
    </message>
    <message>
        <location filename="../resources/ui/solve_step.ui" line="123"/>
        <source>Connectivity table</source>
        <translation>Table de connectivité</translation>
    </message>
    <message>
        <location filename="../resources/ui/solve_step.ui" line="129"/>
        <source>A table of links between planning units (CSV with columns id1, id2, value, as Marxan Connect writes it), e.g. larval dispersal or links from tracking data. Ids are those of the unit layer&apos;s id field.</source>
        <translation>Une table de liens entre unités de planification (CSV avec les colonnes id1, id2, value, telle que l'écrit Marxan Connect), p. ex. la dispersion larvaire ou des liens issus de données de suivi. Les identifiants sont ceux du champ d'identifiant de la couche d'unités.</translation>
    </message>
    <message>
        <location filename="../resources/ui/solve_step.ui" line="128"/>
        <source>CSV or Marxan table (*.csv *.txt *.dat)</source>
        <translation>Table CSV ou Marxan (*.csv *.txt *.dat)</translation>
    </message>
    <message>
        <location filename="../resources/ui/solve_step.ui" line="132"/>
        <source>Connectivity weight</source>
        <translation>Poids de la connectivité</translation>
    </message>
    <message>
        <location filename="../resources/ui/solve_step.ui" line="141"/>
        <source>Weight of the connectivity table, in cost units per unit of link value. Off: the table is not used.</source>
        <translation>Poids de la table de connectivité, en unités de coût par unité de valeur de lien. Désactivé : la table n'est pas utilisée.</translation>
    </message>
    <message>
        <location filename="../resources/ui/solve_step.ui" line="144"/>
        <source>Links are one-way, from id1 to id2</source>
        <translation>Les liens vont dans un seul sens, de id1 vers id2</translation>
    </message>
    <message>
        <location filename="../resources/ui/solve_step.ui" line="145"/>
        <source>Ticked: a link from id1 to id2 costs its value when id1 is kept without id2 (one-way flows, e.g. breeding to wintering). Not ticked: keeping both units of a link earns its value.</source>
        <translation>Coché : un lien de id1 vers id2 coûte sa valeur quand id1 est gardée sans id2 (flux à sens unique, p. ex. de la reproduction à l'hivernage). Non coché : garder les deux unités d'un lien rapporte sa valeur.</translation>
    </message>
</context>
<context>
    <name>TargetsStep</name>
    <message>
        <location filename="../resources/ui/targets_step.ui" line="20"/>
        <source>Targets</source>
        <translation>Cibles</translation>
    </message>
    <message>
        <location filename="../resources/ui/targets_step.ui" line="9"/>
        <source>How much of each species&apos; range to protect, season by season. Choose a preset, then edit single targets in the table.</source>
        <translation>Quelle part de l'aire de répartition de chaque espèce protéger, saison par saison. Choisissez un préréglage, puis modifiez des cibles individuelles dans le tableau.</translation>
    </message>
    <message>
        <location filename="../resources/ui/targets_step.ui" line="14"/>
        <source>?</source>
        <translation>?</translation>
    </message>
    <message>
        <location filename="../resources/ui/targets_step.ui" line="15"/>
        <source>Open the user guide at this step</source>
        <translation>Ouvrir le guide de l'utilisateur à cette étape</translation>
    </message>
    <message>
        <location filename="../resources/ui/targets_step.ui" line="24"/>
        <source>Preset</source>
        <translation>Préréglage</translation>
    </message>
    <message>
        <location filename="../resources/ui/targets_step.ui" line="30"/>
        <source>30 %: Kunming-Montreal GBF Target 3. 17 %: Aichi Target 11. Log-linear: species with small ranges get higher targets (Rodrigues et al. 2004).</source>
        <translation>30 % : cible 3 du CMB de Kunming-Montréal. 17 % : objectif 11 d'Aichi. Log-linéaire : les espèces à petite aire de répartition reçoivent des cibles plus élevées (Rodrigues et al. 2004).</translation>
    </message>
    <message>
        <location filename="../resources/ui/targets_step.ui" line="31"/>
        <source>30 % of each range (GBF Target 3)</source>
        <translation>30 % de chaque aire (cible 3 du CMB)</translation>
    </message>
    <message>
        <location filename="../resources/ui/targets_step.ui" line="32"/>
        <source>17 % of each range (Aichi Target 11)</source>
        <translation>17 % de chaque aire (objectif 11 d'Aichi)</translation>
    </message>
    <message>
        <location filename="../resources/ui/targets_step.ui" line="33"/>
        <source>Log-linear: small ranges get more (Rodrigues et al. 2004)</source>
        <translation>Log-linéaire : les petites aires reçoivent davantage (Rodrigues et al. 2004)</translation>
    </message>
    <message>
        <location filename="../resources/ui/targets_step.ui" line="34"/>
        <source>Custom</source>
        <translation>Personnalisé</translation>
    </message>
    <message>
        <location filename="../resources/ui/targets_step.ui" line="38"/>
        <source>Default target</source>
        <translation>Cible par défaut</translation>
    </message>
    <message>
        <location filename="../resources/ui/targets_step.ui" line="49"/>
        <source>Share of each species-season range to include in the network, unless the table says otherwise.</source>
        <translation>Part de chaque aire espèce-saison à inclure dans le réseau, sauf indication contraire dans le tableau.</translation>
    </message>
    <message>
        <location filename="../resources/ui/targets_step.ui" line="48"/>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <location filename="../resources/ui/targets_step.ui" line="60"/>
        <source>One row per species and season. Edit the Target column; an empty cell uses the default target.</source>
        <translation>Une ligne par espèce et par saison. Modifiez la colonne Cible ; une cellule vide utilise la cible par défaut.</translation>
    </message>
    <message>
        <location filename="../resources/ui/targets_step.ui" line="62"/>
        <source>Species</source>
        <translation>Espèces</translation>
    </message>
    <message>
        <location filename="../resources/ui/targets_step.ui" line="63"/>
        <source>Season</source>
        <translation>Saison</translation>
    </message>
    <message>
        <location filename="../resources/ui/targets_step.ui" line="64"/>
        <source>Target (%)</source>
        <translation>Cible (%)</translation>
    </message>
    <message>
        <location filename="../resources/ui/targets_step.ui" line="76"/>
        <source>Reset all to the default</source>
        <translation>Tout réinitialiser à la valeur par défaut</translation>
    </message>
    <message>
        <location filename="../resources/ui/targets_step.ui" line="77"/>
        <source>Remove every target edited in the table.</source>
        <translation>Supprimer toutes les cibles modifiées dans le tableau.</translation>
    </message>
    <message>
        <location filename="../resources/ui/targets_step.ui" line="53"/>
        <source>Weakest link: whole life cycles (needs a budget)</source>
        <translation>Maillon faible : cycles de vie complets (budget requis)</translation>
    </message>
    <message>
        <location filename="../resources/ui/targets_step.ui" line="54"/>
        <source>Instead of meeting every target at least cost, count a species only when every one of its seasons meets its target, and protect as many whole species as the budget allows: a migratory species is only as safe as its weakest season.</source>
        <translation>Au lieu d'atteindre toutes les cibles au moindre coût, une espèce ne compte que si chacune de ses saisons atteint sa cible, et le plan protège autant d'espèces complètes que le budget le permet : une espèce migratrice n'est pas plus en sécurité que sa saison la plus faible.</translation>
    </message>
</context>
<context>
    <name>TfcaStep</name>
    <message>
        <location filename="../resources/ui/tfca_step.ui" line="5"/>
        <source>TFCA and export</source>
        <translation>ACTF et export</translation>
    </message>
    <message>
        <location filename="../resources/ui/tfca_step.ui" line="9"/>
        <source>Transfrontier Conservation Area (TFCA) candidates: parts of the network that straddle borders. Select a row to zoom to it; export maps and a report.</source>
        <translation>Candidates aires de conservation transfrontalières (ACTF) : parties du réseau qui chevauchent des frontières. Sélectionnez une ligne pour zoomer dessus ; exportez des cartes et un rapport.</translation>
    </message>
    <message>
        <location filename="../resources/ui/tfca_step.ui" line="14"/>
        <source>?</source>
        <translation>?</translation>
    </message>
    <message>
        <location filename="../resources/ui/tfca_step.ui" line="15"/>
        <source>Open the user guide at this step</source>
        <translation>Ouvrir le guide de l'utilisateur à cette étape</translation>
    </message>
    <message>
        <location filename="../resources/ui/tfca_step.ui" line="20"/>
        <source>Candidates ranked by score. Select a row to zoom the map to the candidate.</source>
        <translation>Candidates classées par score. Sélectionnez une ligne pour zoomer la carte sur la candidate.</translation>
    </message>
    <message>
        <location filename="../resources/ui/tfca_step.ui" line="22"/>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <location filename="../resources/ui/tfca_step.ui" line="23"/>
        <source>Countries</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../resources/ui/tfca_step.ui" line="24"/>
        <source>Area (km2)</source>
        <translation>Surface (km2)</translation>
    </message>
    <message>
        <location filename="../resources/ui/tfca_step.ui" line="25"/>
        <source>Species</source>
        <translation>Espèces</translation>
    </message>
    <message>
        <location filename="../resources/ui/tfca_step.ui" line="26"/>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../resources/ui/tfca_step.ui" line="30"/>
        <source>Maps and report</source>
        <translation>Cartes et rapport</translation>
    </message>
    <message>
        <location filename="../resources/ui/tfca_step.ui" line="34"/>
        <source>Map title</source>
        <translation>Titre de la carte</translation>
    </message>
    <message>
        <location filename="../resources/ui/tfca_step.ui" line="40"/>
        <source>Title of the overview map and of the atlas pages.</source>
        <translation>Titre de la carte d'ensemble et des pages de l'atlas.</translation>
    </message>
    <message>
        <location filename="../resources/ui/tfca_step.ui" line="41"/>
        <source>Migratory species network and TFCA candidates</source>
        <translation>Réseau pour les espèces migratrices et candidates ACTF</translation>
    </message>
    <message>
        <location filename="../resources/ui/tfca_step.ui" line="55"/>
        <source>Find TFCA candidates</source>
        <translation>Trouver des candidates ACTF</translation>
    </message>
    <message>
        <location filename="../resources/ui/tfca_step.ui" line="59"/>
        <source>Export maps and report</source>
        <translation>Exporter les cartes et le rapport</translation>
    </message>
</context>
<context>
    <name>UnitsStep</name>
    <message>
        <location filename="../resources/ui/units_step.ui" line="20"/>
        <source>Planning units</source>
        <translation>Unités de planification</translation>
    </message>
    <message>
        <location filename="../resources/ui/units_step.ui" line="9"/>
        <source>Divide the study area into planning units: the pieces the plan chooses from. Units mostly covered by protected areas are locked in.</source>
        <translation>Divisez la zone d'étude en unités de planification : les portions de territoire parmi lesquelles le plan choisit. Les unités majoritairement couvertes par des aires protégées sont verrouillées.</translation>
    </message>
    <message>
        <location filename="../resources/ui/units_step.ui" line="14"/>
        <source>?</source>
        <translation>?</translation>
    </message>
    <message>
        <location filename="../resources/ui/units_step.ui" line="15"/>
        <source>Open the user guide at this step</source>
        <translation>Ouvrir le guide de l'utilisateur à cette étape</translation>
    </message>
    <message>
        <location filename="../resources/ui/units_step.ui" line="24"/>
        <source>Unit type</source>
        <translation>Type d'unité</translation>
    </message>
    <message>
        <location filename="../resources/ui/units_step.ui" line="30"/>
        <source>Hexagons are the usual choice; squares match raster data; your own polygons (e.g. parcels, watersheds) keep their shapes.</source>
        <translation>Les hexagones sont le choix habituel ; les carrés correspondent aux données raster ; vos propres polygones (p. ex. parcelles, bassins versants) gardent leur forme.</translation>
    </message>
    <message>
        <location filename="../resources/ui/units_step.ui" line="31"/>
        <source>Hexagons</source>
        <translation>Hexagones</translation>
    </message>
    <message>
        <location filename="../resources/ui/units_step.ui" line="32"/>
        <source>Squares</source>
        <translation>Carrés</translation>
    </message>
    <message>
        <location filename="../resources/ui/units_step.ui" line="33"/>
        <source>My own polygons</source>
        <translation>Mes propres polygones</translation>
    </message>
    <message>
        <location filename="../resources/ui/units_step.ui" line="37"/>
        <source>Cell area (km2)</source>
        <translation>Surface des cellules (km2)</translation>
    </message>
    <message>
        <location filename="../resources/ui/units_step.ui" line="47"/>
        <source>Area of one hexagon or square. Smaller cells give finer maps but longer solves: about 1,000 km2 for a region of several countries, 10-100 km2 for one country.</source>
        <translation>Surface d'un hexagone ou d'un carré. Des cellules plus petites donnent des cartes plus fines mais des résolutions plus longues : environ 1 000 km2 pour une région de plusieurs pays, 10-100 km2 pour un seul pays.</translation>
    </message>
    <message>
        <location filename="../resources/ui/units_step.ui" line="51"/>
        <source>Polygon layer</source>
        <translation>Couche de polygones</translation>
    </message>
    <message>
        <location filename="../resources/ui/units_step.ui" line="57"/>
        <source>Your own planning units: a polygon layer in a projected CRS.</source>
        <translation>Vos propres unités de planification : une couche de polygones dans un CRS projeté.</translation>
    </message>
    <message>
        <location filename="../resources/ui/units_step.ui" line="63"/>
        <source>Study area</source>
        <translation>Zone d'étude</translation>
    </message>
    <message>
        <location filename="../resources/ui/units_step.ui" line="67"/>
        <source>The countries of the Data step</source>
        <translation>Les pays de l'étape Données</translation>
    </message>
    <message>
        <location filename="../resources/ui/units_step.ui" line="69"/>
        <source>The study area is the land of the countries listed on the Data step.</source>
        <translation>La zone d'étude est formée des terres des pays indiqués à l'étape Données.</translation>
    </message>
    <message>
        <location filename="../resources/ui/units_step.ui" line="73"/>
        <source>A polygon layer</source>
        <translation>Une couche de polygones</translation>
    </message>
    <message>
        <location filename="../resources/ui/units_step.ui" line="74"/>
        <source>The study area is the union of the polygons of a layer, e.g. a flyway or an ecoregion.</source>
        <translation>La zone d'étude est l'union des polygones d'une couche, p. ex. une voie de migration ou une écorégion.</translation>
    </message>
    <message>
        <location filename="../resources/ui/units_step.ui" line="78"/>
        <source>Study area layer</source>
        <translation>Couche de zone d'étude</translation>
    </message>
    <message>
        <location filename="../resources/ui/units_step.ui" line="84"/>
        <source>Polygon layer whose union is the study area.</source>
        <translation>Couche de polygones dont l'union forme la zone d'étude.</translation>
    </message>
    <message>
        <location filename="../resources/ui/units_step.ui" line="90"/>
        <source>Existing protected areas</source>
        <translation>Aires protégées existantes</translation>
    </message>
    <message>
        <location filename="../resources/ui/units_step.ui" line="94"/>
        <source>Lock in units covered by at least</source>
        <translation>Verrouiller les unités couvertes à au moins</translation>
    </message>
    <message>
        <location filename="../resources/ui/units_step.ui" line="105"/>
        <source>A unit at least this much covered by existing sites is part of every plan (locked in). 50 % is the usual choice.</source>
        <translation>Une unité couverte au moins à cette hauteur par des sites existants fait partie de tous les plans (verrouillée). 50 % est le choix habituel.</translation>
    </message>
    <message>
        <location filename="../resources/ui/units_step.ui" line="104"/>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <location filename="../resources/ui/units_step.ui" line="119"/>
        <source>Build planning units</source>
        <translation>Construire les unités de planification</translation>
    </message>
</context>
</TS>
