<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1">
<context>
    <name>CmsConnectivity</name>
    <message>
        <location filename="../cms_connectivity_plugin/core/borders.py" line="44"/>
        <source>The border layer &apos;{layer}&apos; has no ISO3 field (looked for {fields}): add one or use the default world map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/scenario.py" line="57"/>
        <source>The country list is empty: give at least one ISO3 code, e.g. DEU,FRA,ESP.</source>
        <translation>La liste des pays est vide : donnez au moins un code ISO3, p. ex. DEU,FRA,ESP.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/borders.py" line="82"/>
        <source>Unknown ISO3 code(s) {codes}: not in the border layer &apos;{layer}&apos;. Use three-letter ISO 3166 codes such as FRA or ESP.</source>
        <translation>Code(s) ISO3 inconnu(s) {codes} : absent(s) de la couche de frontières « {layer} ». Utilisez des codes ISO 3166 à trois lettres comme FRA ou ESP.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/problem.py" line="86"/>
        <source>The selection has shape {shape}; give one flag per planning unit ({n}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/pipeline.py" line="101"/>
        <source>Solving: searching for a first solution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/pipeline.py" line="103"/>
        <source>Solving: gap {gap:.2%}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/planning_units.py" line="307"/>
        <source>Cancelled by the user; nothing was written.</source>
        <translation>Annulé par l'utilisateur ; rien n'a été écrit.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/planning_units.py" line="314"/>
        <source>Building the study area</source>
        <translation>Construction de la zone d'étude</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/pipeline.py" line="188"/>
        <source>Simulating species ranges and protected areas</source>
        <translation>Simulation des aires de répartition et des aires protégées</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/pipeline.py" line="195"/>
        <source>Building hexagonal planning units</source>
        <translation>Construction des unités de planification hexagonales</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/pipeline.py" line="207"/>
        <source>Computing species amounts per unit</source>
        <translation>Calcul des surfaces d'espèces par unité</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/pipeline.py" line="215"/>
        <source>{n} feature(s) have no range inside the study area: {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/pipeline.py" line="233"/>
        <source>Solving the integer programme</source>
        <translation>Résolution du programme en nombres entiers</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/pipeline.py" line="243"/>
        <source>Finding transboundary (TFCA) candidates</source>
        <translation>Recherche des candidates transfrontalières (ACTF)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/pipeline.py" line="264"/>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/planning_units.py" line="498"/>
        <source>The hexagon area ({cell:.0f} km2) is not smaller than the study area ({area:.0f} km2): choose hexagons of at most {suggest:.0f} km2.</source>
        <translation>La surface des hexagones ({cell:.0f} km2) n'est pas inférieure à la zone d'étude ({area:.0f} km2) : choisissez des hexagones d'au plus {suggest:.0f} km2.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/problem.py" line="63"/>
        <source>{shown} and {rest} more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/problem.py" line="192"/>
        <source>The boundary table has {i} first ids, {j} second ids and {length} lengths; every row needs all three.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/problem.py" line="200"/>
        <source>Boundary rows {rows} refer to planning units outside 0..{last}: check that the boundary table matches the planning units.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/problem.py" line="208"/>
        <source>Boundary rows {rows} have a missing or negative length: every shared edge length must be zero or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/problem.py" line="219"/>
        <source>There are {count} exposed edge lengths for {n} planning units; give one per unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/problem.py" line="227"/>
        <source>Planning units {units} have a missing or negative exposed edge: exposed edge lengths must be zero or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/problem.py" line="278"/>
        <source>The selection has {count} units but the boundary data has {n}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/problem.py" line="340"/>
        <source>feature {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/problem.py" line="393"/>
        <source>The cost has shape {shape}; give one cost per planning unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/problem.py" line="399"/>
        <source>The targets have shape {shape}; give one target per feature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/problem.py" line="405"/>
        <source>The amounts table is {rows} x {cols} but there are {n} planning units and {m} targets: give one row per unit and one column per feature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/problem.py" line="412"/>
        <source>There are {names} feature names for {m} features.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/problem.py" line="1585"/>
        <source>locked-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/problem.py" line="1607"/>
        <source>locked-out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/problem.py" line="419"/>
        <source>The {what} flags have shape {shape}; give one flag per planning unit ({n}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/problem.py" line="426"/>
        <source>There are {count} unit ids for {n} planning units.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/problem.py" line="434"/>
        <source>The cost of planning unit {units} is missing or not finite: give every unit a finite cost, or remove the units that cannot be selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/problem.py" line="442"/>
        <source>The cost of planning unit {units} is negative: costs must be zero or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/problem.py" line="453"/>
        <source>The amount of feature &apos;{feature}&apos; in planning unit {unit} is {value}: amounts must be zero or more ({count} such values in all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/problem.py" line="467"/>
        <source>The target for feature &apos;{feature}&apos; is {value}: targets are amounts and must be zero or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/problem.py" line="543"/>
        <source>Planning unit {units} is both locked in and locked out: remove one of the two locks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/problem.py" line="484"/>
        <source>Unknown boundary formulation &apos;{name}&apos;: use {choices}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/problem.py" line="490"/>
        <source>The boundary length modifier is {value}; it must be zero or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/problem.py" line="496"/>
        <source>The edge factor is {value}; it must be between 0 and 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/problem.py" line="502"/>
        <source>The boundary data covers {count} planning units but there are {n}: rebuild the boundary table from the same units.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/problem.py" line="509"/>
        <source>A boundary length modifier of {value} is set but no boundary data was given: add the boundary table or set the modifier to 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/problem.py" line="584"/>
        <source>&apos;{name}&apos;: target {target:.6g}, at most {max_attainable:.6g} available ({shortfall:.6g} short)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/problem.py" line="2434"/>
        <source>The warm start has shape {shape}; give one flag per planning unit ({n}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/problem.py" line="2476"/>
        <source>The time limit is {value} s; give a positive number of seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/problem.py" line="2482"/>
        <source>The optimality gap is {value}; give a fraction of 0 or more, e.g. 0.01.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/problem.py" line="2488"/>
        <source>The number of threads is {value}; give 1 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/scenario.py" line="62"/>
        <source>&apos;{code}&apos; is not an ISO3 country code: use three letters, e.g. FRA.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/simulate.py" line="191"/>
        <source>The number of species is {n}: simulate at least 1 species.</source>
        <translation>Le nombre d'espèces est {n} : simulez au moins 1 espèce.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/scenario.py" line="74"/>
        <source>The target is {value} %: give a percentage above 0 and at most 100.</source>
        <translation>L'objectif est de {value} % : donnez un pourcentage supérieur à 0 et d'au plus 100.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/scenario.py" line="80"/>
        <source>The hexagon area is {value} km2: give a positive area, e.g. 1000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/scenario.py" line="95"/>
        <source>The parameter {name} is {value}: give a finite number of 0 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/scenario.py" line="101"/>
        <source>The lock-in threshold is {value}: give a protected share above 0 and at most 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/scenario.py" line="123"/>
        <source>Unknown scenario setting(s): {names}. Remove them or check the spelling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/scenario.py" line="130"/>
        <source>This scenario was written by a newer plugin (schema {version}): update the plugin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/scenario.py" line="143"/>
        <source>The scenario file is not valid JSON ({detail}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/scenario.py" line="147"/>
        <source>The scenario file must hold one JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/solvers/__init__.py" line="52"/>
        <source>No MILP solver is available: install highspy, or SciPy 1.9 or newer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/solvers/__init__.py" line="57"/>
        <source>Unknown solver &apos;{name}&apos;: use one of {choices}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/solvers/__init__.py" line="63"/>
        <source>The solver &apos;{name}&apos; is not installed; available: {choices}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/solvers/highs.py" line="104"/>
        <source>HiGHS rejected the model ({status}); check the inputs for huge values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/solvers/scipy_milp.py" line="78"/>
        <source>The solve was cancelled.</source>
        <translation>La résolution a été annulée.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/solvers/highs.py" line="300"/>
        <source>HiGHS could not solve the model: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/provider.py" line="17"/>
        <source>CMS Connectivity Planner</source>
        <translation>Planificateur de connectivité CMS</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/gui/docks/main_dock.py" line="19"/>
        <source>Run the whole planning workflow from the Processing toolbox: CMS Connectivity Planner &gt; Run scenario. The step-by-step panels come next.</source>
        <translation>Lancez toute la planification depuis la boîte à outils de traitement : Planificateur de connectivité CMS &gt; Exécuter un scénario. Les panneaux pas à pas arrivent ensuite.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/plugin.py" line="23"/>
        <source>&amp;CMS Connectivity Planner</source>
        <translation>&amp;Planificateur de connectivité CMS</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/plugin.py" line="59"/>
        <source>Plan protected-area networks for migratory species and find TFCA candidates</source>
        <translation>Planifier des réseaux d'aires protégées pour les espèces migratrices et trouver des candidates ACTF</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/run_scenario.py" line="43"/>
        <source>Run scenario (simulate, plan, find TFCA candidates)</source>
        <translation>Exécuter un scénario (simuler, planifier, trouver des candidates ACTF)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/base.py" line="17"/>
        <source>Workflow</source>
        <translation>Flux de travail</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/run_scenario.py" line="50"/>
        <source>Simulates migratory species (breeding, passage and non-breeding ranges) and an existing protected-area network for the chosen countries, builds hexagonal planning units, solves the minimum-set problem exactly with HiGHS (targets per species and season, existing protected areas locked in, boundary penalty), and finds TFCA candidates: clusters of the network that span two or more countries.

Countries: ISO3 codes separated by commas (default: the western European-African flyway). Target: percentage of each species-season range (30 % = GBF Target 3). BLM: boundary penalty in km2 of cost per km of edge; 0 ignores compactness.

Outputs in the folder: cms_connectivity.gpkg (styled layers planning_units, tfca_candidates, protected_areas, species_ranges, countries), targets.csv, scenario.json, summary.json and tfca_map.pdf / .png.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/run_scenario.py" line="66"/>
        <source>Countries (ISO3 codes, comma separated)</source>
        <translation>Pays (codes ISO3 séparés par des virgules)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/run_scenario.py" line="73"/>
        <source>Number of simulated species</source>
        <translation>Nombre d'espèces simulées</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/run_scenario.py" line="84"/>
        <source>Random seed</source>
        <translation>Graine aléatoire</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/run_scenario.py" line="94"/>
        <source>Hexagon area (km2)</source>
        <translation>Surface des hexagones (km2)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/run_scenario.py" line="104"/>
        <source>Target (% of each species-season range)</source>
        <translation>Objectif (% de l'aire de chaque espèce et saison)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/run_scenario.py" line="115"/>
        <source>Boundary length modifier (BLM)</source>
        <translation>Modificateur de longueur de limite (BLM)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/run_scenario.py" line="125"/>
        <source>Solver time limit (s)</source>
        <translation>Temps maximal du solveur (s)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/run_scenario.py" line="135"/>
        <source>Relative optimality gap</source>
        <translation>Écart relatif d'optimalité</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/run_scenario.py" line="146"/>
        <source>Country borders (default: QGIS world map)</source>
        <translation>Frontières des pays (par défaut : carte du monde de QGIS)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/run_scenario.py" line="157"/>
        <source>Output folder</source>
        <translation>Dossier de sortie</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/run_scenario.py" line="158"/>
        <source>GeoPackage</source>
        <translation>GeoPackage</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/qgis_io/export.py" line="153"/>
        <source>Planning units</source>
        <translation>Unités de planification</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/qgis_io/export.py" line="154"/>
        <source>TFCA candidates</source>
        <translation>Candidates ACTF</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/run_scenario.py" line="161"/>
        <source>Targets table (CSV)</source>
        <translation>Tableau des objectifs (CSV)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/run_scenario.py" line="162"/>
        <source>Map (PDF)</source>
        <translation>Carte (PDF)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/solve.py" line="109"/>
        <source>Targets met</source>
        <translation>Objectifs atteints</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/run_scenario.py" line="164"/>
        <source>TFCA candidates found</source>
        <translation>Candidates ACTF trouvées</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/solve.py" line="106"/>
        <source>Solver status</source>
        <translation>État du solveur</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/run_scenario.py" line="198"/>
        <source>{met} of {total} targets met; {n} TFCA candidate(s); solver {status}, gap {gap:.2%}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/qgis_io/export.py" line="47"/>
        <source>Borders: Natural Earth (public domain), via QGIS world_map.gpkg. Species ranges and protected areas: simulated by CMS Connectivity Planner (training data).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/qgis_io/export.py" line="61"/>
        <source>The output folder &apos;{path}&apos; cannot be written ({reason}): choose another folder.</source>
        <translation>Impossible d'écrire dans le dossier de sortie « {path} » ({reason}) : choisissez un autre dossier.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/qgis_io/export.py" line="139"/>
        <source>Writing layer {layer} to {path} failed: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/qgis_io/export.py" line="155"/>
        <source>Protected areas</source>
        <translation>Aires protégées</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/qgis_io/export.py" line="156"/>
        <source>Species ranges</source>
        <translation>Aires de répartition des espèces</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/qgis_io/export.py" line="157"/>
        <source>Countries</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/qgis_io/export.py" line="248"/>
        <source>Could not reopen layer {layer} from {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/qgis_io/export.py" line="254"/>
        <source>{countries}: {selected:.1f} % of the study area in the network, {met} of {total} species-season targets met, {n} TFCA candidate(s) ({solver}, {status}, gap {gap:.2%}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/qgis_io/export.py" line="267"/>
        <source>Migratory species network and TFCA candidates</source>
        <translation>Réseau pour les espèces migratrices et candidates ACTF</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/qgis_io/layers.py" line="50"/>
        <source>QGIS&apos;s world map ({path}) could not be opened: reinstall QGIS&apos;s data (Debian package qgis-common) or choose a border layer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/qgis_io/layouts.py" line="168"/>
        <source>Cannot read image {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/qgis_io/layouts.py" line="1050"/>
        <source>The overview map has no layers to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/qgis_io/layouts.py" line="927"/>
        <source>Exported on {date}</source>
        <translation>Exporté le {date}</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/qgis_io/layouts.py" line="1006"/>
        <source>Cannot export the map: invalid layers: {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/qgis_io/layouts.py" line="852"/>
        <source>Legend</source>
        <translation>Légende</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/qgis_io/layouts.py" line="413"/>
        <source>km</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/qgis_io/layouts.py" line="904"/>
        <source>North arrow symbol {name} not found in the QGIS SVG paths.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/qgis_io/layouts.py" line="480"/>
        <source>Cannot export the map: no layer has a coordinate reference system.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/qgis_io/layouts.py" line="496"/>
        <source>Cannot export the map: the layers to zoom to ({names}) have no features.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/qgis_io/layouts.py" line="564"/>
        <source>The exported image {path} is blank.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/qgis_io/layouts.py" line="577"/>
        <source>QGIS could not export {path} (exporter error {code}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/qgis_io/layouts.py" line="583"/>
        <source>The export to {path} produced an empty file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/qgis_io/layouts.py" line="604"/>
        <source>The map in the layout rendered blank; check that the layers have features.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/qgis_io/styles.py" line="41"/>
        <source>Existing protected (locked in)</source>
        <translation>Déjà protégé (verrouillé)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/qgis_io/styles.py" line="41"/>
        <source>Selected by the plan</source>
        <translation>Sélectionné par le plan</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/qgis_io/styles.py" line="41"/>
        <source>Not selected</source>
        <translation>Non sélectionné</translation>
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
        <translation>Hivernage</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/qgis_io/styles.py" line="41"/>
        <source>Passage</source>
        <translation>Passage</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/qgis_io/styles.py" line="60"/>
        <source>Style file not found: {path}. Reinstall the plugin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/qgis_io/styles.py" line="68"/>
        <source>Style file {path} is not valid XML (line {line}): {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/qgis_io/styles.py" line="75"/>
        <source>Could not apply style {path} to layer &apos;{layer}&apos;: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/qgis_io/styles.py" line="93"/>
        <source>Cannot save style &apos;{name}&apos;: the layer is not a valid vector layer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/qgis_io/styles.py" line="100"/>
        <source>Cannot save style &apos;{name}&apos; in &apos;{source}&apos;: it is not a GeoPackage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/qgis_io/styles.py" line="107"/>
        <source>CMS Connectivity Planner style</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/qgis_io/styles.py" line="110"/>
        <source>Could not save style &apos;{name}&apos; in {source}: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/calibration.py" line="43"/>
        <source>Calibrating the BLM needs boundary data: add the boundary table to the problem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/calibration.py" line="75"/>
        <source>Give at least one BLM for the trade-off curve.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/calibration.py" line="78"/>
        <source>The BLM {value} is not valid: every BLM must be a finite number of 0 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/calibration.py" line="112"/>
        <source>The cost cap has {count} costs for {n} planning units.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/calibration.py" line="222"/>
        <source>Cohon&apos;s BLM weighs cost against boundary, so it needs the minimum-set objective, not {objective}; draw the trade-off curve instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/calibration.py" line="228"/>
        <source>Cohon&apos;s BLM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/calibration.py" line="256"/>
        <source>The cheapest selection already has the shortest boundary ({boundary:.6g}), so cost and boundary do not conflict: every BLM gives the same result; BLM 0 is returned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/calibration.py" line="286"/>
        <source>There are no trade-off points to plot: solve at least one BLM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/calibration.py" line="289"/>
        <source>The folder {folder} does not exist: choose an existing folder for the plot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/calibration.py" line="317"/>
        <source>BLM {values}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/calibration.py" line="319"/>
        <source>BLM {low:g} to {high:g} ({count} values)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/calibration.py" line="338"/>
        <source>chosen BLM {value:g}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/calibration.py" line="355"/>
        <source>Boundary length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/calibration.py" line="356"/>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/calibration.py" line="357"/>
        <source>Cost against boundary length by BLM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/conefor.py" line="120"/>
        <source>The option {option} needs a number, not &apos;{value}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/conefor.py" line="126"/>
        <source>The option {option} needs a finite number, not &apos;{value}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/conefor.py" line="143"/>
        <source>The option {option} needs a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/conefor.py" line="159"/>
        <source>-t must be followed by dist or prob (got &apos;{value}&apos;); links files (-t links) are not supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/conefor.py" line="190"/>
        <source>The Conefor option {option} ({what}) is not supported by this drop-in: remove it (node importance, PC, IIC and their fractions are supported).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/conefor.py" line="200"/>
        <source>Unknown Conefor option &apos;{option}&apos;. {usage}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/conefor.py" line="213"/>
        <source>Both -nodeFile and -conFile are required. {usage}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/conefor.py" line="217"/>
        <source>No index was asked for: add -PC and/or -IIC (or -F, -AWF, -NC, -NL, -H, -CCP, -LCP).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/conefor.py" line="226"/>
        <source>The probabilistic indices ({indices}) on a distance file need -confProb DISTANCE PROBABILITY, e.g. -confProb 10000 0.5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/conefor.py" line="233"/>
        <source>The binary indices ({indices}) need -confAdj THRESHOLD: the longest distance (or smallest probability) at which two nodes are linked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/conefor.py" line="242"/>
        <source>-confProb needs a positive distance and a probability between 0 and 1 (got {d:g} {p:g}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/conefor.py" line="249"/>
        <source>-landArea must be a positive number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/conefor.py" line="251"/>
        <source>-add reports node importance: remove onlyoverall to use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/conefor.py" line="262"/>
        <source>The {what} &apos;{path}&apos; does not exist: check the path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/conefor.py" line="280"/>
        <source>node file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/conefor.py" line="282"/>
        <source>Line {line} of the node file &apos;{path}&apos; has {n} column(s): write &apos;id attribute&apos;{extra} separated by tabs or spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/conefor.py" line="293"/>
        <source>Line {line} of the node file &apos;{path}&apos;: the attribute &apos;{value}&apos; of node {id} must be a number of 0 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/conefor.py" line="303"/>
        <source>Line {line} of the node file &apos;{path}&apos;: with -add the third column must be 1 (existing node) or 0 (candidate), not &apos;{value}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/conefor.py" line="313"/>
        <source>The node file &apos;{path}&apos; lists no node: write one &apos;id attribute&apos; per line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/conefor.py" line="321"/>
        <source>The node id {id} appears twice in the node file &apos;{path}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/conefor.py" line="336"/>
        <source>connection file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/conefor.py" line="338"/>
        <source>Line {line} of the connection file &apos;{path}&apos; has {n} column(s): write &apos;id1 id2 {what}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/conefor.py" line="346"/>
        <source>Line {line} of the connection file &apos;{path}&apos; names node {id}, which is not in the node file: add the node or fix the id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/conefor.py" line="358"/>
        <source>Line {line} of the connection file &apos;{path}&apos;: &apos;{value}&apos; is not a valid {what}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/conefor.py" line="374"/>
        <source>distance (0 or more)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/conefor.py" line="374"/>
        <source>probability (0 to 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/conefor.py" line="426"/>
        <source>&apos;all&apos; was given but the connection file lists {listed} of the {expected} pairs; the missing pairs are treated as not connected (as with notall).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/conefor.py" line="634"/>
        <source>-*: the node file &apos;{node}&apos; has no connection file &apos;{con}&apos;: name both files with the same suffix.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/conefor.py" line="645"/>
        <source>-*: no node file starts with &apos;{prefix}&apos; in &apos;{folder}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/corridors.py" line="124"/>
        <source>The resistance raster &apos;{raster}&apos; has no coordinate reference system: assign one (Raster &gt; Projections &gt; Assign Projection).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/corridors.py" line="132"/>
        <source>The resistance raster &apos;{raster}&apos; is in a geographic CRS ({crs}, degrees), so cost distances would mix degrees and metres: warp it to a projected CRS in metres (Raster &gt; Projections &gt; Warp), e.g. the UTM zone or a Lambert azimuthal equal-area CRS of the study area.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/corridors.py" line="154"/>
        <source>The resistance raster &apos;{raster}&apos; is not a 2-D grid: choose a single band.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/corridors.py" line="162"/>
        <source>The resistance raster &apos;{raster}&apos; is rotated: warp it to a north-up grid (Raster &gt; Projections &gt; Warp) and choose the result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/corridors.py" line="169"/>
        <source>The resistance raster &apos;{raster}&apos; has a cell size of 0: fix its georeferencing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/corridors.py" line="179"/>
        <source>The resistance raster &apos;{raster}&apos; has no valid cell (all nodata): choose another raster or band, or fix its nodata value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/corridors.py" line="187"/>
        <source>The resistance raster &apos;{raster}&apos; has {n} cell(s) with a resistance of 0 or less (lowest {low:g}): resistances must be greater than 0; reclassify those cells (e.g. to 1) or set them to nodata to make them impassable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/corridors.py" line="216"/>
        <source>The resistance raster &apos;{raster}&apos; could not be opened ({reason}): choose a GeoTIFF or another raster file that GDAL reads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/costs.py" line="204"/>
        <source>unknown format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/corridors.py" line="226"/>
        <source>The resistance raster &apos;{raster}&apos; has no band {band}: choose a band from 1 to {n}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/corridors.py" line="291"/>
        <source>The raster &apos;{path}&apos; could not be written: choose a writable file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/corridors.py" line="342"/>
        <source>Core area(s) {ids} of &apos;{layer}&apos; lie outside the resistance raster &apos;{raster}&apos;: use a raster that covers every core, or leave those cores out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/corridors.py" line="356"/>
        <source>Core area(s) {ids} of &apos;{layer}&apos; cover only nodata cells of the resistance raster &apos;{raster}&apos;: give those cells a resistance, or leave those cores out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/corridors.py" line="530"/>
        <source>The current-flow solve did not converge ({n} unknowns): restrict current flow to the corridors, or coarsen the resistance raster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/corridors.py" line="729"/>
        <source>Unknown averaging &apos;{value}&apos;: use one of {values}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/corridors.py" line="571"/>
        <source>Current flow needs source and ground cells with a valid resistance: check that both cores lie on valid cells of the resistance raster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/corridors.py" line="651"/>
        <source>The {what} must be a number greater than 0 (got {value}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/corridors.py" line="719"/>
        <source>corridor width (cost units)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/corridors.py" line="720"/>
        <source>maximum distance between cores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/corridors.py" line="721"/>
        <source>maximum cost distance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/corridors.py" line="723"/>
        <source>The number of nearest cores to link must be 1 or more (got {value}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/vector.py" line="76"/>
        <source>The layer &apos;{layer}&apos; has no coordinate reference system: set one in its properties (Layer &gt; Set CRS).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/corridors.py" line="745"/>
        <source>Core area(s) {ids} of &apos;{layer}&apos; have no geometry: fix or delete those features.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/corridors.py" line="751"/>
        <source>The layer &apos;{layer}&apos; has {n} core area(s): corridors need at least two.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/corridors.py" line="762"/>
        <source>No two cores of &apos;{layer}&apos; are within the maximum distance ({distance:g} map units): increase the maximum distance, or leave it empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/corridors.py" line="781"/>
        <source>Corridors cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/corridors.py" line="830"/>
        <source>resistance x map units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/flyway.py" line="132"/>
        <source>The role &apos;{role}&apos; is unknown: use one of {roles}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/flyway.py" line="143"/>
        <source>The field &apos;{field}&apos; of &apos;{layer}&apos; has values that are not a site role: {values}. Use breeding, stopover (or passage) and non-breeding (or wintering), or IUCN codes 2, 4, 3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/flyway.py" line="183"/>
        <source>The columns &apos;{lon}&apos; / &apos;{lat}&apos; of &apos;{layer}&apos; are not valid longitudes / latitudes in degrees for site(s) {ids}: fix those values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/amounts.py" line="37"/>
        <source>The layer &apos;{layer}&apos; has no field &apos;{field}&apos;: choose one of {fields}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/flyway.py" line="217"/>
        <source>Site(s) {ids} of &apos;{layer}&apos; have no geometry: fix or delete those features.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/flyway.py" line="224"/>
        <source>The layer &apos;{layer}&apos; has line geometries: flyway sites must be points or polygons.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/flyway.py" line="233"/>
        <source>The id field &apos;{field}&apos; of &apos;{layer}&apos; has duplicates: choose a field with one value per site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/flyway.py" line="248"/>
        <source>The weight field &apos;{field}&apos; of &apos;{layer}&apos; is empty, negative or not a number for site(s) {ids}: fill it with counts (e.g. birds) or leave it empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/flyway.py" line="382"/>
        <source>The maximum hop distance must be greater than 0 km (got {value}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/flyway.py" line="388"/>
        <source>Unknown distance &apos;{value}&apos;: use one of {values}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/flyway.py" line="394"/>
        <source>The minimum progress per hop must be 0 km or more (got {value}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/tracks.py" line="447"/>
        <source>breeding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/tracks.py" line="447"/>
        <source>non-breeding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/flyway.py" line="403"/>
        <source>&apos;{layer}&apos; has no {role} site: a flyway network needs breeding and non-breeding sites (check the role field).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/flyway.py" line="417"/>
        <source>The breeding and non-breeding sites of &apos;{layer}&apos; have the same centre, so there is no migration direction: check the role field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/flyway.py" line="642"/>
        <source>The protected share must be between 0 and 1 (got {value}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/flyway.py" line="674"/>
        <source>The protected-area layer has no coordinate reference system: set one in its properties (Layer &gt; Set CRS).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/graph.py" line="78"/>
        <source>The distance type &apos;{value}&apos; is unknown: use one of {types}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/graph.py" line="84"/>
        <source>The dispersal kernel &apos;{value}&apos; is unknown: use &apos;exponential&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/graph.py" line="90"/>
        <source>The median dispersal distance must be a positive number (got {value}): give the distance at which half of the dispersers arrive, e.g. 10 km.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/graph.py" line="97"/>
        <source>The dispersal probability at the median distance must be between 0 and 1, exclusive (got {value}): use 0.5 for a median dispersal distance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/graph.py" line="104"/>
        <source>The link pruning threshold pij_min must be in [0, 1) (got {value}): use 0.001, or 0 to keep every link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/graph.py" line="111"/>
        <source>The link cut-off distance must be 0 or more (got {value}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/graph.py" line="117"/>
        <source>The IIC link distance must be 0 or more (got {value}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/graph.py" line="200"/>
        <source>The graph was built with links up to {built:g} but the parameters need links up to {needed:g}: rebuild it with the larger cut-off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/graph.py" line="248"/>
        <source>The layer &apos;{layer}&apos; has {n} site(s) without geometry (feature ids {ids}): remove them or repair their geometry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/graph.py" line="286"/>
        <source>Without a cut-off every pair of the {n} sites would be a link ({pairs:,} pairs): give a cut-off distance or a pruning threshold pij_min above 0 (0.001 is usual).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/graph.py" line="319"/>
        <source>A distance table is needed for the distance type &apos;table&apos;: give the table, or choose edge-to-edge or centroid distances.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/graph.py" line="326"/>
        <source>The layer &apos;{layer}&apos; has no sites: choose a layer with polygons.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/graph.py" line="361"/>
        <source>The attribute &apos;{field}&apos; of layer &apos;{layer}&apos; is missing, not a number or negative for {n} site(s) (feature ids {ids}): fill in values of 0 or more, or use the area.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/graph.py" line="392"/>
        <source>The node id {id} appears twice in {source}: give each node one id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/graph.py" line="402"/>
        <source>Line {line} of {source} names node {id}, which is not among the nodes: fix the id or add the node.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/graph.py" line="413"/>
        <source>Line {line} of {source} has the distance &apos;{value}&apos;: distances must be numbers of 0 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/indices.py" line="148"/>
        <source>Node attributes must be numbers of 0 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/indices.py" line="154"/>
        <source>A link names a node that does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/indices.py" line="156"/>
        <source>Link probabilities must be between 0 and 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/indices.py" line="177"/>
        <source>The connectivity index &apos;{value}&apos; is unknown: use PC or IIC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/indices.py" line="398"/>
        <source>The landscape area must be a positive number (got {value}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/indices.py" line="530"/>
        <source>The method &apos;{value}&apos; is unknown: use one of {methods}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/indices.py" line="902"/>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/indices.py" line="958"/>
        <source>The existing-node mask must have one value per node.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/planning_units.py" line="279"/>
        <source>polygons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/indices.py" line="1103"/>
        <source>connectivity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/indices.py" line="1109"/>
        <source>The layer &apos;{layer}&apos; has no field &apos;{field}&apos; (its fields: {fields}): choose a numeric field or leave it empty to use the area.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/protconn.py" line="132"/>
        <source>No dispersal distance was given: give at least one, e.g. 1, 10, 100 km.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/protconn.py" line="144"/>
        <source>ProtConn needs edge-to-edge or centroid distances (got &apos;{value}&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/protconn.py" line="150"/>
        <source>The transboundary buffer must be 0 km or more (got {value}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/protconn.py" line="654"/>
        <source>{code}: {n} part(s) farther than {km:g} km from the mainland (overseas territories) were left out of the country&apos;s area.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/protconn.py" line="661"/>
        <source>{code}: no protected area inside the country; ProtConn is 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/costs.py" line="84"/>
        <source>Unknown cost type &apos;{kind}&apos;: use one of {kinds}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/costs.py" line="90"/>
        <source>A cost from a field needs the field&apos;s name: choose a field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/costs.py" line="92"/>
        <source>A cost from a raster needs the raster: choose a raster file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/costs.py" line="94"/>
        <source>Unknown rule &apos;{rule}&apos; for units without cost: use one of {rules}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/costs.py" line="113"/>
        <source>The cost field &apos;{field}&apos; of &apos;{layer}&apos; is empty (NULL) for unit(s) {ids}: fill these values or choose another cost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/costs.py" line="127"/>
        <source>The cost field &apos;{field}&apos; of &apos;{layer}&apos; is not a finite number for unit(s) {ids}: fix these values or choose a numeric field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/costs.py" line="135"/>
        <source>The cost field &apos;{field}&apos; of &apos;{layer}&apos; is negative for unit(s) {ids}: costs must be zero or more; fix these values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/costs.py" line="173"/>
        <source>The cost raster &apos;{raster}&apos; could not be read (rows {row}..{last}): check that the file is complete and readable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/costs.py" line="204"/>
        <source>The cost raster &apos;{raster}&apos; could not be opened ({reason}): choose a GeoTIFF or another raster file that GDAL reads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/costs.py" line="211"/>
        <source>The cost raster &apos;{raster}&apos; has no band {band}: choose a band from 1 to {n}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/costs.py" line="218"/>
        <source>The cost raster &apos;{raster}&apos; has no coordinate reference system: assign one (Raster &gt; Projections &gt; Assign Projection).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/costs.py" line="226"/>
        <source>The cost raster &apos;{raster}&apos; is rotated: warp it to a north-up grid (Raster &gt; Projections &gt; Warp) and choose the result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/costs.py" line="376"/>
        <source>The cost raster &apos;{raster}&apos; (extent {raster_extent}) does not overlap the planning units (extent {units_extent}, both in the raster&apos;s CRS): choose a raster that covers the study area, or check the raster&apos;s CRS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/costs.py" line="405"/>
        <source>{n} planning unit(s) have no valid cell in the cost raster &apos;{raster}&apos; (units {ids}): use a raster that covers the whole study area without nodata there, or give such units the mean cost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/costs.py" line="414"/>
        <source>The cost raster &apos;{raster}&apos; gives negative costs for unit(s) {ids}: costs must be zero or more; rescale the raster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/costs.py" line="451"/>
        <source>A cost from the field &apos;{field}&apos; needs planning units from a layer: choose the layer grid type, or another cost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/crs.py" line="72"/>
        <source>The CRS {crs} is geographic (degrees), so areas and distances for {purpose} would be wrong: choose a projected equal-area CRS, or leave it empty to use Lambert azimuthal equal-area centred on the study area.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/evaluate.py" line="103"/>
        <source>There are {count} species labels for {m} features; give the species of every feature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/evaluate.py" line="171"/>
        <source>There are {count} country codes for {n} planning units; give one per unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/evaluate.py" line="178"/>
        <source>There are {count} unit areas for {n} planning units; give one finite area each.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/evaluate.py" line="219"/>
        <source>This measure needs the boundary table: give one or add it to the problem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/evaluate.py" line="223"/>
        <source>The boundary data covers {count} planning units but there are {n}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/evaluate.py" line="271"/>
        <source>There are {count} unit areas for {n} planning units; give one per unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/marxan.py" line="277"/>
        <source>{file} line {line}, column &apos;{column}&apos;: &apos;{value}&apos; is not a finite number; give a number with &apos;.&apos; as decimal separator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/marxan.py" line="291"/>
        <source>{file} line {line}, column &apos;{column}&apos;: &apos;{value}&apos; is not a whole number; Marxan ids are integers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/marxan.py" line="304"/>
        <source>{file} line {line}: the column &apos;{column}&apos; is missing (columns found: {found}); add it to the header line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/marxan.py" line="317"/>
        <source>{file} line {line}: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/marxan.py" line="371"/>
        <source>{file} could not be read ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/marxan.py" line="378"/>
        <source>{file} is empty; it needs a header line and one row per record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/marxan.py" line="400"/>
        <source>{file} line {line}: the column &apos;{column}&apos; appears twice in the header; keep one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/marxan.py" line="415"/>
        <source>{file} line {line}: {found} values but the header has {count} columns ({columns}); give one value per column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/marxan.py" line="496"/>
        <source>input.dat line {line}: {key} is &apos;{value}&apos;, not a number; give a number with &apos;.&apos; as decimal separator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/marxan.py" line="507"/>
        <source>input.dat line {line}: {key} is {value}; {fix}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/marxan.py" line="519"/>
        <source>give 0 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/marxan.py" line="522"/>
        <source>give a whole number of runs, 1 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/marxan.py" line="525"/>
        <source>give a relative gap from 0 to below 1, e.g. 0.001.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/marxan.py" line="528"/>
        <source>give a positive number of seconds, or remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/marxan.py" line="531"/>
        <source>give a share above 0 and at most 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/marxan.py" line="536"/>
        <source>use 0 (do not save), 1 (.dat), 2 (.txt) or 3 (.csv).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/marxan.py" line="620"/>
        <source>input.dat has no {key} and {folder} holds no {name}: add the line &apos;{key} &lt;file name&gt;&apos; to input.dat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/marxan.py" line="630"/>
        <source>input.dat line {line}: {key} names {path}, which does not exist; fix the file name or INPUTDIR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/marxan.py" line="642"/>
        <source>{file} has no planning units: add one row per unit under the header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/marxan.py" line="652"/>
        <source>planning unit id {id} is used again (first on line {first}); ids must be unique.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/marxan.py" line="662"/>
        <source>the cost {value} is negative; costs must be 0 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/marxan.py" line="669"/>
        <source>the status {value} is not a Marxan status; use 0 (free), 1 (initial), 2 (locked in) or 3 (locked out).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/marxan.py" line="688"/>
        <source>{file} line {line}: there is neither a &apos;prop&apos; nor a &apos;target&apos; column; add one (prop = share of each feature&apos;s total amount, target = amount).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/marxan.py" line="695"/>
        <source>{file} has no features: add one row per feature under the header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/marxan.py" line="705"/>
        <source>feature id {id} is used again (first on line {first}); ids must be unique.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/marxan.py" line="715"/>
        <source>prop is {value}; give a share from 0 to 1 (0.3 = 30 %).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/marxan.py" line="724"/>
        <source>target is {value}; give an amount of 0 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/marxan.py" line="738"/>
        <source>{file}: &apos;{column}&apos; is set for {count} feature(s) (first on line {line}); occurrence, separation and clump targets are not supported by the exact solver and were ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/marxan.py" line="777"/>
        <source>the amount {value} is negative; amounts must be 0 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/marxan.py" line="790"/>
        <source>{file}: {count} row(s) name ids not in {what} (first: {id} on line {line}); they were skipped, as Marxan does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/marxan.py" line="810"/>
        <source>feature {feature} in planning unit {unit} is listed again (first on line {first}); give each pair once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/marxan.py" line="828"/>
        <source>the boundary {value} is negative; boundary lengths must be 0 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/marxan.py" line="840"/>
        <source>{column} {id} is not a planning unit in pu.dat; fix the id or remove the row ({count} such rows).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/marxan.py" line="861"/>
        <source>Marxan input file {path} not found; give the path of input.dat or of the folder holding it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/marxan.py" line="880"/>
        <source>input.dat line {line}: INPUTDIR is {folder}, which is not a folder; fix the path (relative paths start at the folder holding input.dat).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/marxan.py" line="910"/>
        <source>input.dat line {line}: BLM is {blm} but there is no boundary file; add &apos;BOUNDNAME bound.dat&apos; or set BLM 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/marxan.py" line="918"/>
        <source>input.dat line {line}: {key} is not supported; the boundary file is read as symmetric shared edges.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/marxan.py" line="926"/>
        <source>input.dat line {line}: COSTTHRESH is not supported by the exact solver and was ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/marxan.py" line="1005"/>
        <source>Give {n} distinct integer planning-unit ids; {count} were given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/marxan.py" line="1011"/>
        <source>Give {m} distinct integer feature ids; {count} were given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/marxan.py" line="1018"/>
        <source>There are {count} feature names for {m} features.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/marxan.py" line="1369"/>
        <source>There are no solutions to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/marxan.py" line="1588"/>
        <source>{file} is not a Marxan solution file (planning unit id and value per line); delete it or run the project again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/planning_units.py" line="361"/>
        <source>The CRS &apos;{crs}&apos; of {what} is not understood: choose a CRS from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/planning_units.py" line="368"/>
        <source>The CRS &apos;{name}&apos; of {what} is not a projected CRS in metres: areas would be wrong; choose an equal-area CRS (leave it empty for one centred on the study area).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/planning_units.py" line="269"/>
        <source>the planning units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/planning_units.py" line="394"/>
        <source>The study-area layer &apos;{layer}&apos; has no area: choose a polygon layer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/planning_units.py" line="431"/>
        <source>The unit layer &apos;{layer}&apos; has no field &apos;{field}&apos; for unit ids: choose one of {fields}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/planning_units.py" line="440"/>
        <source>The id field &apos;{field}&apos; of &apos;{layer}&apos; is empty (NULL) for feature(s) {fids}: give every unit an id or leave the id field empty to use feature ids.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/planning_units.py" line="454"/>
        <source>The id field &apos;{field}&apos; of &apos;{layer}&apos; repeats the id(s) {ids}: every planning unit needs its own id; choose another field or fix the values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/planning_units.py" line="472"/>
        <source>The unit layer &apos;{layer}&apos; has features without geometry ({fids}): delete them or draw their polygons.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/planning_units.py" line="486"/>
        <source>None of the {n} polygons of &apos;{layer}&apos; overlap the study area: check the layer&apos;s CRS, or choose a study area that covers them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/planning_units.py" line="498"/>
        <source>The hexagon area is {cell} km2: give an area above 0 km2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/planning_units.py" line="498"/>
        <source>Hexagons of {cell:g} km2 would make about {cells:,.0f} cells over the study area&apos;s extent: choose hexagons of at least {suggest:.3g} km2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/planning_units.py" line="509"/>
        <source>The square area is {cell} km2: give an area above 0 km2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/planning_units.py" line="509"/>
        <source>The square area ({cell:.0f} km2) is not smaller than the study area ({area:.0f} km2): choose squares of at most {suggest:.0f} km2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/planning_units.py" line="509"/>
        <source>Squares of {cell:g} km2 would make about {cells:,.0f} cells over the study area&apos;s extent: choose squares of at least {suggest:.3g} km2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/planning_units.py" line="580"/>
        <source>Unknown planning-unit type &apos;{kind}&apos;: use one of {kinds}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/planning_units.py" line="586"/>
        <source>The lock-in threshold is {value}: give a share above 0 and at most 1 (0.5 locks in units at least half protected).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/planning_units.py" line="594"/>
        <source>The study area is empty: choose countries or a polygon layer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/planning_units.py" line="601"/>
        <source>Planning units from a layer need the layer: choose a polygon layer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/planning_units.py" line="609"/>
        <source>The unit layer &apos;{layer}&apos; has no field &apos;{field}&apos; for the cost: choose one of {fields}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/portfolio.py" line="76"/>
        <source>The {what} is {value}; give a whole number of {least} or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/portfolio.py" line="100"/>
        <source>{what} needs an exact solver ({choices}); &apos;{solver}&apos; ignores constraints and proves nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/portfolio.py" line="152"/>
        <source>A no-good cut needs one flag per planning unit, not shape {shape}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/portfolio.py" line="287"/>
        <source>minimum number of changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/portfolio.py" line="165"/>
        <source>A no-good cut has {count} flags but the problem has {n} planning units.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/portfolio.py" line="205"/>
        <source>The objective bound must come after every objective and penalty term; add it as the last constraint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/portfolio.py" line="286"/>
        <source>number of solutions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/portfolio.py" line="289"/>
        <source>Unknown portfolio method &apos;{method}&apos;: use one of {choices}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/portfolio.py" line="296"/>
        <source>The portfolio gap is {value}; give a fraction of 0 or more, e.g. 0.1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/portfolio.py" line="302"/>
        <source>The shuffle portfolio perturbs unit costs, which only the minimum-set objective minimises; use the cuts or gap method with {objective}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/portfolio.py" line="309"/>
        <source>The {method} portfolio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/portfolio.py" line="352"/>
        <source>Stopped after {found} of {k} solutions: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/portfolio.py" line="356"/>
        <source>Only {found} of the {k} solutions asked for exist: no other selection satisfies the problem and differs from all earlier ones in at least {changes} unit(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/portfolio.py" line="361"/>
        <source>Only {found} of the {k} solutions asked for lie within {gap:.1%} of the optimum and differ from each other in at least {changes} unit(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/portfolio.py" line="398"/>
        <source>Only {found} of the {k} solutions asked for were found in {tries} shuffled solves; allow a larger gap (now {gap:.1%}) or use the cuts method.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/portfolio.py" line="408"/>
        <source>The portfolio is empty: give at least one solution.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/portfolio.py" line="411"/>
        <source>The solutions have different shapes ({shapes}); give one flag per unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/portfolio.py" line="440"/>
        <source>The unit mask has shape {shape}; give one flag per planning unit ({n}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/portfolio.py" line="447"/>
        <source>Give the units to evaluate as 0-based indices or as a mask.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/portfolio.py" line="451"/>
        <source>Units {units} are outside 0..{last}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/portfolio.py" line="507"/>
        <source>Replacement cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/problem.py" line="119"/>
        <source>The {what} has {count} values for {n} planning units; give one per unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/problem.py" line="106"/>
        <source>The {what} of planning unit {units} is missing or negative: give every unit a value of zero or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/problem.py" line="521"/>
        <source>The objective {name} is not an objective: use MinSet, MaxCoverage, MinShortfall or WeakestLink.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/problem.py" line="527"/>
        <source>constraint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/problem.py" line="527"/>
        <source>penalty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/problem.py" line="530"/>
        <source>The {kind} {name} has no add_to(builder, problem, x0) method: pass constraint and penalty objects from core.problem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/problem.py" line="605"/>
        <source>{count} target(s) cannot be met even by selecting every unit not locked out: {details}. Lower these targets, unlock units, or solve the minimum-shortfall alternative, which gets as close to every target as the available units allow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/problem.py" line="1718"/>
        <source>area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/problem.py" line="1086"/>
        <source>The {name} budget is on &apos;{measure}&apos;: use {choices}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/problem.py" line="1093"/>
        <source>The {name} budget is {value}; give a finite amount of zero or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/problem.py" line="1102"/>
        <source>The locked-in units already use {used:.6g} of the {name} budget of {budget:.6g} ({measure}): raise the budget or unlock units.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/problem.py" line="1109"/>
        <source>The {name} penalty scale is {value}; give a number of zero or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/problem.py" line="1115"/>
        <source>The {name} tie-break is {value}; give a small fraction, e.g. 1e-3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/problem.py" line="1173"/>
        <source>The {name} weights have {count} values for {m} features; give one per feature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/problem.py" line="1180"/>
        <source>The {name} weight of feature &apos;{feature}&apos; is {value}; weights must be zero or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/problem.py" line="1355"/>
        <source>WeakestLink has {count} species labels for {m} features; give the species of every feature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/problem.py" line="1376"/>
        <source>WeakestLink has no weight for species {names}: give one per species.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/problem.py" line="1385"/>
        <source>WeakestLink has {count} weights for {s} species; give one per species in sorted order, or a mapping species -&gt; weight.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/problem.py" line="1393"/>
        <source>The weight of species &apos;{name}&apos; is {value}; weights must be zero or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/problem.py" line="1558"/>
        <source>The {what} mask has {count} flags for {n} planning units; give one per unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/problem.py" line="1612"/>
        <source>The {what} must be a mapping country code -&gt; number with at least one entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/problem.py" line="1621"/>
        <source>The {what} for &apos;{code}&apos; is {value}; give a number of zero or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/problem.py" line="2295"/>
        <source>country code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/problem.py" line="1632"/>
        <source>The {what} names {codes}, which no planning unit belongs to: check the codes against the units&apos; country field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/problem.py" line="1670"/>
        <source>country budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/problem.py" line="1680"/>
        <source>The locked-in units of &apos;{code}&apos; already cost {spent:.6g}, more than its budget of {limit:.6g}: raise that budget or unlock units.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/problem.py" line="1719"/>
        <source>country minimum share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/problem.py" line="1713"/>
        <source>The minimum share for &apos;{code}&apos; is {value}; give a fraction from 0 to 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/problem.py" line="1732"/>
        <source>&apos;{code}&apos; must contribute {required:.6g} of area but only {available:.6g} is not locked out: lower its share or unlock units.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/problem.py" line="1773"/>
        <source>The unit centroids have shape {shape}; give one (x, y) pair per unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/problem.py" line="1779"/>
        <source>passage range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/problem.py" line="1783"/>
        <source>The migration axis needs a start and an end point, each (x, y).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/problem.py" line="1787"/>
        <source>The migration axis starts and ends at the same point: give two distinct points.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/problem.py" line="1791"/>
        <source>The maximum hop distance is {value} km; give a positive distance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/problem.py" line="1797"/>
        <source>Some unit centroids in the passage range are missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/problem.py" line="1833"/>
        <source>Stepping stones name the feature &apos;{name}&apos;, which the problem lacks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/problem.py" line="1841"/>
        <source>Stepping stones refer to feature {k}; features are 0..{last}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/problem.py" line="1852"/>
        <source>The stepping-stone bands for &apos;{name}&apos; need one integer band id per planning unit (-1 outside the passage range); got {count} values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/problem.py" line="1873"/>
        <source>The stepping-stone minimum amounts for &apos;{name}&apos; need one number, or one per band id (0..{last}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/problem.py" line="1880"/>
        <source>The stepping-stone minimum amounts for &apos;{name}&apos; must be zero or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/problem.py" line="1886"/>
        <source>The stepping-stone minimum units for &apos;{name}&apos; must be zero or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/problem.py" line="1913"/>
        <source>Stepping stones for &apos;{name}&apos;: band(s) {bands} cannot reach the minimum amount even with every available unit; lower it or widen the bands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/problem.py" line="1923"/>
        <source>Stepping stones for &apos;{name}&apos;: band(s) {bands} have fewer than {count} available unit(s) holding the feature; lower the minimum or widen the bands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/problem.py" line="1976"/>
        <source>Neighbour constraints need the boundary table to know which units touch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/problem.py" line="1980"/>
        <source>The neighbour constraint&apos;s boundary covers {count} planning units but there are {n}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/problem.py" line="1988"/>
        <source>The minimum number of neighbours is {k}; give 0 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/problem.py" line="2005"/>
        <source>Locked-in planning unit {units} cannot have {k} selected neighbours because too many of its neighbours are locked out: unlock them or lower the minimum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/problem.py" line="2183"/>
        <source>The connectivity table refers to unit id(s) {ids} that are not planning units: check that it matches the planning units.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/problem.py" line="2199"/>
        <source>The connectivity table has {i} first ids, {j} second ids and {v} values; every row needs all three.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/problem.py" line="2207"/>
        <source>Connectivity rows {rows} refer to planning units outside 0..{last}: check that the connectivity table matches the planning units.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/problem.py" line="2215"/>
        <source>Connectivity rows {rows} have a missing value: give every link a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/problem.py" line="2221"/>
        <source>The connectivity weight is {value}; give a finite number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/problem.py" line="2286"/>
        <source>The cross-border bonus needs the boundary table to know which units touch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/problem.py" line="2290"/>
        <source>The cross-border boundary covers {count} planning units but there are {n}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/problem.py" line="2446"/>
        <source>{solver} stopped ({status}) before finding any selection that meets every target and constraint; allow more than {limit:g} s or a larger optimality gap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/problem.py" line="2450"/>
        <source>{solver} stopped ({status}) before finding any selection that meets every target and constraint; allow a larger optimality gap or simplify the problem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/problem.py" line="2464"/>
        <source>{solver} found no selection that satisfies the targets, budget and constraints together, although each can be met on its own; relax a constraint, the budget or a target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/ranges.py" line="208"/>
        <source>The layer &apos;{layer}&apos; is in no known range schema (its fields: {found}; wanted {wanted}): rename the fields or give a field mapping (species, presence, origin, seasonal).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/ranges.py" line="229"/>
        <source>The layer &apos;{layer}&apos; has no field for {missing} (its fields: {found}): correct the field mapping.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/ranges.py" line="236"/>
        <source>The field mapping for layer &apos;{layer}&apos; names no species field: give the field that holds the scientific name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/ranges.py" line="308"/>
        <source>The {field} filter &apos;{text}&apos; is not a list of codes: write codes separated by commas, e.g. &apos;1,2&apos; (valid codes {codes}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/ranges.py" line="317"/>
        <source>The {field} filter is empty: give at least one code, e.g. &apos;1,2&apos; (valid codes {codes}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/ranges.py" line="325"/>
        <source>The {field} filter has code(s) {bad}, which are not IUCN {field} codes: use codes {codes}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/ranges.py" line="407"/>
        <source>Range layers: {layers}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/ranges.py" line="408"/>
        <source>{n} input features: {kept} kept; dropped {presence} by presence, {origin} by origin, {seasonal} by season, {unknown} with unknown codes, {empty} without polygon geometry; {repaired} invalid geometries repaired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/ranges.py" line="422"/>
        <source>{species} species, {features} species-season features.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/ranges.py" line="495"/>
        <source>a scientific name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/ranges.py" line="496"/>
        <source>IUCN presence codes 1-6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/ranges.py" line="497"/>
        <source>IUCN origin codes 1-6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/ranges.py" line="498"/>
        <source>IUCN seasonal codes 1-5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/ranges.py" line="502"/>
        <source>NatureServe ORIGIN codes 1-4 (resident to passage)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/ranges.py" line="511"/>
        <source>Every feature of layer &apos;{layer}&apos; has an unknown value in field &apos;{field}&apos; (found {values}; wanted {expected}): map the right field or recode it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/ranges.py" line="522"/>
        <source>Layer &apos;{layer}&apos;: {n} feature(s) with an unknown value in field &apos;{field}&apos; ({values}; feature ids {ids}) were dropped: recode them to {expected}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/inputs.py" line="148"/>
        <source>No range layer was given: choose at least one polygon layer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/ranges.py" line="587"/>
        <source>Layer &apos;{layer}&apos;: {n} feature(s) without geometry (feature ids {ids}) were dropped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/ranges.py" line="615"/>
        <source>Layer &apos;{layer}&apos;: {n} feature(s) had no polygon area left after repair (feature ids {ids}) and were dropped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/ranges.py" line="667"/>
        <source>All {n} remaining range features were removed by the {field} filter (it keeps {kept}; the layers have {found}): add codes to the {field} filter, e.g. &apos;{suggest}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/ranges.py" line="681"/>
        <source>No range feature is left: {unknown} had unknown codes and {empty} had no polygon geometry; fix the codes or geometries named in the warnings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/ranges.py" line="711"/>
        <source>{n} species have no range inside the study area and get no target there: {names}. Check the layers&apos; CRS, or remove these species.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/report.py" line="77"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/report.py" line="77"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/report.py" line="150"/>
        <source>The ProtConn values need &apos;before&apos; and &apos;after&apos; entries (missing: {keys}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/report.py" line="193"/>
        <source>Scenario, parameters and solver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/report.py" line="193"/>
        <source>Parameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/report.py" line="193"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/report.py" line="219"/>
        <source>Targets per species and season</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/report.py" line="219"/>
        <source>Feature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/inputs.py" line="128"/>
        <source>Species</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/report.py" line="279"/>
        <source>Season</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/report.py" line="219"/>
        <source>Target (km²)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/report.py" line="219"/>
        <source>Held before (km²)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/report.py" line="219"/>
        <source>% of target before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/report.py" line="279"/>
        <source>Met before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/report.py" line="219"/>
        <source>Held after (km²)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/report.py" line="219"/>
        <source>% of target after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/report.py" line="279"/>
        <source>Met after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/report.py" line="250"/>
        <source>Weakest-link coverage per species (all seasons covered?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/report.py" line="250"/>
        <source>Seasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/report.py" line="250"/>
        <source>Seasons met before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/report.py" line="250"/>
        <source>Covered before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/report.py" line="250"/>
        <source>Weakest season, % of target, before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/report.py" line="250"/>
        <source>Seasons met after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/report.py" line="250"/>
        <source>Covered after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/report.py" line="250"/>
        <source>Weakest season after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/report.py" line="250"/>
        <source>Weakest season, % of target, after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/report.py" line="279"/>
        <source>Targets met by season</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/report.py" line="471"/>
        <source>Features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/report.py" line="302"/>
        <source>Contribution per country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/report.py" line="352"/>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/report.py" line="352"/>
        <source>Area (km²)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/report.py" line="302"/>
        <source>Protected before (km²)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/report.py" line="302"/>
        <source>Protected before (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/report.py" line="302"/>
        <source>Network after (km²)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/report.py" line="302"/>
        <source>Network after (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/report.py" line="302"/>
        <source>Features present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/report.py" line="302"/>
        <source>National targets met before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/report.py" line="302"/>
        <source>National targets met after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/report.py" line="319"/>
        <source>Protected and connected land (ProtConn, %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/report.py" line="319"/>
        <source>Indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/report.py" line="481"/>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/report.py" line="482"/>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/report.py" line="341"/>
        <source>Transfrontier Conservation Area (TFCA) candidates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/report.py" line="352"/>
        <source>Area of each TFCA candidate per country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/report.py" line="352"/>
        <source>Candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/planning_units.py" line="187"/>
        <source>Existing protected areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/report.py" line="457"/>
        <source>With the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/report.py" line="461"/>
        <source>Share of the target held (%, capped at 200)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/report.py" line="463"/>
        <source>Target achievement per species and season</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/report.py" line="475"/>
        <source>Coverage by season</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/report.py" line="484"/>
        <source>% of the land</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/report.py" line="486"/>
        <source>Protected connected land (ProtConn fractions)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/report.py" line="520"/>
        <source>This report describes a conservation plan for {countries}: {selected} of {units} planning units ({percent:.1f}% of the study area) are in the network, and {met} of {targets} species-season targets are met. &apos;Before&apos; means the existing protected areas only; &apos;after&apos; means with the plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/report.py" line="549"/>
        <source>A target is met when the network holds at least the target amount of the range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/report.py" line="553"/>
        <source>A migratory species is adequately covered only when every season of its annual cycle meets its target (Runge et al. 2015): the weakest season decides.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/report.py" line="561"/>
        <source>National targets: the country holds at least the target share of the species&apos; range within its own borders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/report.py" line="574"/>
        <source>Clusters of the network spanning two or more countries. Score = ({wt} x transboundary species + {wa} x area + {wu} x unprotected share + {wi} x network importance (dPC)) / {total}, each divided by its largest value; rank 1 is the highest score.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/report.py" line="628"/>
        <source>The report folder &apos;{path}&apos; cannot be created ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/report.py" line="635"/>
        <source>Conservation plan for {countries}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/sites.py" line="103"/>
        <source>Site layers: {layers}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/sites.py" line="104"/>
        <source>{n} input features -&gt; {sites} sites; dropped by status ({status}), {mab} UNESCO-MAB Biosphere Reserves, {no_area} points without reported area, {empty} without polygon geometry; {circles} point sites drawn as circles, {merged} parcels merged into their site, {repaired} geometries repaired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/sites.py" line="122"/>
        <source>Snapshot {year}: {after} sites designated later dropped; {unknown} sites without a status year kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/sites.py" line="267"/>
        <source>The site layer kind &apos;{kind}&apos; is unknown: use one of {kinds}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/sites.py" line="293"/>
        <source>polygons or points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/sites.py" line="301"/>
        <source>The layer &apos;{layer}&apos; has no field &apos;{field}&apos; for site names (its fields: {fields}): choose another name field or leave it empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/sites.py" line="346"/>
        <source>Layer &apos;{layer}&apos;: {n} site(s) without geometry (feature ids {ids}) were dropped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/sites.py" line="359"/>
        <source>The layer &apos;{layer}&apos; has point sites but no REP_AREA field (reported area in km2) to draw them with: add the field or use polygon boundaries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/sites.py" line="368"/>
        <source>Layer &apos;{layer}&apos;: {n} point site(s) with REP_AREA 0 or NULL (feature ids {ids}) cannot be drawn and were dropped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/sites.py" line="394"/>
        <source>Layer &apos;{layer}&apos;: {n} site(s) had no polygon area left after repair (feature ids {ids}) and were dropped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/inputs.py" line="287"/>
        <source>No site layer was given: choose at least one polygon or point layer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/sites.py" line="511"/>
        <source>All {n} sites were removed by the WDPA status filter (it keeps {kept}; the layers have {found}): include these statuses, e.g. tick &apos;Include proposed sites&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/sites.py" line="524"/>
        <source>All {n} remaining sites are UNESCO-MAB Biosphere Reserves, which are left out by default: tick &apos;Include UNESCO-MAB Biosphere Reserves&apos; to keep them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/sites.py" line="532"/>
        <source>All {n} remaining sites are points with REP_AREA 0 or NULL: fill in their reported area (km2) or use polygon boundaries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/sites.py" line="538"/>
        <source>No site has polygon geometry left ({n} without geometry): check the layers&apos; geometries (Vector &gt; Geometry Tools &gt; Check Validity).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/sites.py" line="555"/>
        <source>The snapshot year &apos;{year}&apos; is not a year: give a year such as 2010.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/sites.py" line="563"/>
        <source>No site had been designated by {year} (the earliest status year is {earliest}): choose a later snapshot year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/sites.py" line="572"/>
        <source>{n} site(s) have no status year (0 or NULL) and were kept in the {year} snapshot: check their designation dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/solvers/greedy.py" line="187"/>
        <source>The greedy heuristic only solves minimum-set problems; use HiGHS or SciPy for {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/targets.py" line="148"/>
        <source>There are {names} features but the amounts have {m} columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/targets.py" line="165"/>
        <source>The amounts have shape {shape}; give units x features or one total per feature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/targets.py" line="178"/>
        <source>No {what} is given for feature &apos;{feature}&apos;: give one for every feature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/targets.py" line="189"/>
        <source>There are {count} values of {what} for {m} features; give one per feature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/targets.py" line="201"/>
        <source>The {what} for feature &apos;{feature}&apos; is {value} %: give a percentage above 0 and at most 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/targets.py" line="220"/>
        <source>The multiplier for season {season} is {value}; give a number of 0 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/targets.py" line="226"/>
        <source>Season multipliers were given but the features carry no season: use features with a season code (1 resident, 2 breeding, 3 non-breeding, 4 passage) or drop the multipliers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/targets.py" line="262"/>
        <source>The {what} range-size target is {value} %: give a percentage above 0 and at most 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/targets.py" line="271"/>
        <source>The range-size thresholds are {low} and {high} km2: give two positive areas, the first smaller.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/targets.py" line="278"/>
        <source>The target cap is {value} km2: give a positive area, or no cap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/targets.py" line="294"/>
        <source>No global or flyway range area is given for species &apos;{species}&apos;: give one for every species, or none to use the areas inside the study area.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/targets.py" line="302"/>
        <source>range area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/targets.py" line="306"/>
        <source>The range area of feature &apos;{feature}&apos; is {value} km2: give a positive area.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/targets.py" line="331"/>
        <source>The total amount of feature &apos;{feature}&apos; is {value}; amounts must be 0 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/targets.py" line="339"/>
        <source>target percentage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/targets.py" line="344"/>
        <source>target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/targets.py" line="348"/>
        <source>The target for feature &apos;{feature}&apos; is {value} km2: give 0 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/targets.py" line="369"/>
        <source>Unknown target rule {rule}: use relative, absolute or log-linear targets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/tfca.py" line="56"/>
        <source>The TFCA ranking weights must be 0 or more and not all 0 (got {values}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/tfca.py" line="206"/>
        <source>There are {count} {what} values for {n} planning units; give one per unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/tfca.py" line="248"/>
        <source>The gap distance must be 0 or more metres (got {value}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/tfca.py" line="252"/>
        <source>selection frequency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/tfca.py" line="253"/>
        <source>irreplaceability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/tfca.py" line="269"/>
        <source>There are {count} country polygons for {n} country codes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/tfca.py" line="547"/>
        <source>The border buffer must be a positive distance in metres (got {value}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/tfca.py" line="601"/>
        <source>The season &apos;{value}&apos; of feature {row} in &apos;{layer}&apos; is not an IUCN seasonal code (1-5) or label (e.g. breeding).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/tracks.py" line="177"/>
        <source>The field &apos;{field}&apos; chosen for the {what} is not in &apos;{source}&apos;: choose one of {fields}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/tracks.py" line="188"/>
        <source>&apos;{source}&apos; has no {what} field (looked for {candidates}): rename the column or choose it explicitly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/tracks.py" line="306"/>
        <source>&apos;{source}&apos; has no fixes: choose a file or layer with GPS positions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/tracks.py" line="314"/>
        <source>The fix at {where} of &apos;{source}&apos; has no individual id: fill it in or remove the row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/tracks.py" line="450"/>
        <source>longitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/tracks.py" line="451"/>
        <source>latitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/tracks.py" line="328"/>
        <source>The fix at {where} of &apos;{source}&apos; has {axis} {value}, outside {low}..{high}: check that longitude and latitude are not swapped and are in degrees (WGS84).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/tracks.py" line="345"/>
        <source>&apos;{source}&apos; has no fixes with a location: check the longitude/latitude.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/tracks.py" line="382"/>
        <source>The timestamp &apos;{value}&apos; in field &apos;{field}&apos; at {where} of &apos;{source}&apos; cannot be read: write timestamps as {format} in UTC (ISO 8601 with T, Z or +hh:mm also works).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/tracks.py" line="417"/>
        <source>The tracking file &apos;{path}&apos; does not exist: choose an existing CSV file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/tracks.py" line="435"/>
        <source>The tracking file &apos;{source}&apos; cannot be read ({error}): save it as UTF-8 CSV (optionally gzip-compressed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/tracks.py" line="442"/>
        <source>&apos;{source}&apos; is empty: choose a CSV file with a header row and fixes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/tracks.py" line="520"/>
        <source>individual id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/tracks.py" line="521"/>
        <source>timestamp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/tracks.py" line="522"/>
        <source>movement state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/tracks.py" line="464"/>
        <source>Line {line} of &apos;{source}&apos; has fewer columns than the header: check the delimiter and quoting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/tracks.py" line="479"/>
        <source>line {line}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/tracks.py" line="488"/>
        <source>The value &apos;{value}&apos; in column &apos;{field}&apos; at {where} of &apos;{source}&apos; is not a number: use decimal degrees with a dot (e.g. 8.87).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/tracks.py" line="518"/>
        <source>points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/tracks.py" line="528"/>
        <source>Feature {fid} of &apos;{layer}&apos; is a multipoint with several points: one fix per feature is needed (Vector &gt; Geometry Tools &gt; Multipart to Singleparts).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/tracks.py" line="546"/>
        <source>feature {fid}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/tracks.py" line="851"/>
        <source>stopover radius (km)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/tracks.py" line="852"/>
        <source>minimum stopover duration (h)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/tracks.py" line="853"/>
        <source>stopovers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/tracks.py" line="882"/>
        <source>The {what} must be greater than 0 (got {value}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/tracks.py" line="1080"/>
        <source>The state mapping &apos;{part}&apos; cannot be read: write value=season pairs separated by &apos;;&apos;, e.g. fall migration=passage; wintering grounds=non-breeding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/tracks.py" line="1107"/>
        <source>The date window &apos;{part}&apos; cannot be read: write season=start-end with day-of-year numbers, e.g. breeding=121-212; passage=213-304,60-120; non-breeding=305-59.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/tracks.py" line="1130"/>
        <source>The {season} window {start}-{end} is not within day 1..366: use day-of-year numbers (1 = 1 January, 182 = 1 July).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/tracks.py" line="1141"/>
        <source>The {season} window {start}-{end} overlaps the {other} window: make the date windows disjoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/tracks.py" line="1187"/>
        <source>The migration &apos;{value}&apos; is unknown: use auto, autumn or spring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/tracks.py" line="1192"/>
        <source>movement threshold (km/day)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/tracks.py" line="353"/>
        <source>movement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/tracks.py" line="1237"/>
        <source>range buffer (km)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/tracks.py" line="1238"/>
        <source>seasonal ranges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/tracks.py" line="1251"/>
        <source>&apos;{source}&apos; has no movement-state field: choose the state field, or classify by movement or by dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/tracks.py" line="1259"/>
        <source>The method &apos;{value}&apos; is unknown: use movement, dates or state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/tracks.py" line="1266"/>
        <source>no bird moved more than {km} km in a day: lower the movement threshold or classify by dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/tracks.py" line="1270"/>
        <source>no fix falls in a date window: check the windows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/tracks.py" line="1271"/>
        <source>no state value is mapped to a season: map the values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/tracks.py" line="1273"/>
        <source>No fix of &apos;{source}&apos; could be given a season: {hint}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/vector.py" line="86"/>
        <source>The layer &apos;{layer}&apos; has no features: choose a layer with data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/vector.py" line="100"/>
        <source>The layer &apos;{layer}&apos; has {kind} geometry (feature {fid}) but {expected} are needed: choose a {expected} layer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/vector.py" line="127"/>
        <source>The layer &apos;{layer}&apos; lacks the field(s) {fields}: rename the fields or map them explicitly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/amounts.py" line="59"/>
        <source>species amounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/marxan.py" line="287"/>
        <source>The unit id field &apos;{field}&apos; of &apos;{layer}&apos; has duplicates ({ids}): choose a field with one value per unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/amounts.py" line="98"/>
        <source>Species amounts per planning unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/amounts.py" line="101"/>
        <source>The area (km2) of every feature (for example a species&apos; breeding range) inside every planning unit, by exact intersection in an equal-area CRS. Only non-zero amounts are written, one row per unit and feature, as in Marxan&apos;s puvspr.dat.

Feature name fields: the fields that name a feature, e.g. species and season from &apos;Prepare species ranges&apos;; empty uses the feature id. CRS: leave empty for Lambert azimuthal equal-area centred on the units; a geographic CRS is refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/amounts.py" line="116"/>
        <source>Unit id field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/amounts.py" line="124"/>
        <source>Features (species ranges)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/amounts.py" line="129"/>
        <source>Feature name fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/amounts.py" line="138"/>
        <source>Equal-area CRS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/amounts.py" line="139"/>
        <source>Amounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/amounts.py" line="167"/>
        <source>{n} non-zero amounts for {f} features.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/base.py" line="18"/>
        <source>Inputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/base.py" line="19"/>
        <source>Planning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/connectivity.py" line="638"/>
        <source>Connectivity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/base.py" line="21"/>
        <source>TFCA and reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/borders.py" line="36"/>
        <source>Shared land borders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/borders.py" line="39"/>
        <source>Lines where two of the chosen countries share a land border, with their length, in an equal-area CRS centred on the countries. A border is the part of one country&apos;s outline lying within the tolerance of the other country, so generalised layers whose common boundaries do not coincide exactly still give the border, and a sea crossing (such as the Strait of Gibraltar) is never a border.

Countries: ISO3 codes separated by commas. The border layer defaults to QGIS&apos;s world map; any country layer with an ISO3 field works (Natural Earth&apos;s -99 codes are resolved through ADM0_A3 / ISO_A3_EH). Tolerance: metres, 100 by default; raise it for coarse layers (e.g. 1,000 m for Natural Earth 1:110m).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/borders.py" line="65"/>
        <source>Tolerance (m)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/borders.py" line="75"/>
        <source>Shared borders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/borders.py" line="108"/>
        <source>{n} shared border(s) among {k} countries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/connectivity.py" line="107"/>
        <source>The parameters could not be stored in the file&apos;s metadata ({error}); they are in the log above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/connectivity.py" line="247"/>
        <source>Connectivity indices and site importance (PC, IIC, dPC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/connectivity.py" line="256"/>
        <source>How well connected is a network of sites, and which sites matter most? The sites become a graph: two sites are linked when they are close enough, and an animal leaving one reaches the other with probability p^(distance / d), where d is the species&apos; median dispersal distance (half of the dispersers go farther) and p is 0.5. Chains of stepping stones count: the best path between two sites is used.

Results (as Conefor computes them): PC, the probability that two random points of the landscape are in connected habitat; EC, the equivalent connected area (km2): the area of one single site that would offer the same connectivity; the share of it inside sites (intra), via direct links (direct) and thanks to stepping stones (step); IIC, the same with simple yes/no links.

Each site gets dPC: the percentage of connectivity lost if it disappeared, split into its own area (dPCintra), its links with other sites (dPCflux) and its role as a stepping stone between other sites (dPCconnector). High dPCconnector sites hold the network together even when small.

Distances are edge-to-edge (or between centres of the largest part) in an equal-area CRS. Links with a probability below the pruning threshold (0.001: about 10 times d) or beyond the cut-off are dropped. Every parameter is stored in the output layer&apos;s metadata (Layer Properties &gt; Metadata).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/connectivity.py" line="279"/>
        <source>Sites (polygons)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/connectivity.py" line="284"/>
        <source>Site attribute (empty: area in km2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/connectivity.py" line="293"/>
        <source>Distance between sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/connectivity.py" line="293"/>
        <source>Edge to edge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/connectivity.py" line="293"/>
        <source>Between centres (largest part)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/connectivity.py" line="301"/>
        <source>Median dispersal distance d (km)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/connectivity.py" line="310"/>
        <source>Dispersal probability at distance d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/connectivity.py" line="709"/>
        <source>Drop links with a probability below (pij_min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/connectivity.py" line="717"/>
        <source>Longest link (km, empty: set by pij_min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/connectivity.py" line="338"/>
        <source>IIC link distance (km, empty: d)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/connectivity.py" line="346"/>
        <source>Landscape area A_L (km2, empty: PC and IIC not normalised)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/connectivity.py" line="354"/>
        <source>Equal-area CRS (empty: Lambert azimuthal equal-area)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/connectivity.py" line="360"/>
        <source>Compute the importance of each site (dPC, dIIC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/connectivity.py" line="365"/>
        <source>Sites with connectivity importance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/connectivity.py" line="372"/>
        <source>PCnum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/connectivity.py" line="372"/>
        <source>EC(PC), km2 or attribute units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/connectivity.py" line="372"/>
        <source>PC (with a landscape area)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/connectivity.py" line="372"/>
        <source>PCintra (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/connectivity.py" line="372"/>
        <source>PCdirect (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/connectivity.py" line="372"/>
        <source>PCstep (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/connectivity.py" line="372"/>
        <source>IICnum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/connectivity.py" line="372"/>
        <source>EC(IIC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/connectivity.py" line="372"/>
        <source>IIC (with a landscape area)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/connectivity.py" line="372"/>
        <source>Links (PC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/connectivity.py" line="372"/>
        <source>Components (PC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/connectivity.py" line="430"/>
        <source>{n} sites, {links} links (PC), {comp} components.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/connectivity.py" line="433"/>
        <source>PCnum {pcnum:.6g}; EC(PC) {ec:.6g}; intra {intra:.2f} %, direct {direct:.2f} %, step {step:.2f} %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/connectivity.py" line="439"/>
        <source>IICnum {num:.6g}; EC(IIC) {ec:.6g}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/connectivity.py" line="442"/>
        <source>PC {pc:.6g}; IIC {iic:.6g} (A_L = {area:g} km2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/connectivity.py" line="449"/>
        <source>Parameters: {params}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/connectivity.py" line="479"/>
        <source>Connectivity importance of sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/connectivity.py" line="592"/>
        <source>&apos;{token}&apos; in the {what} is not a number: write e.g. 1, 10, 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/connectivity.py" line="598"/>
        <source>The {what} must be positive numbers (got {token}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/connectivity.py" line="635"/>
        <source>ProtConn: protected and connected land (GBF Target 3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/connectivity.py" line="644"/>
        <source>ProtConn is the percentage of a country&apos;s land that is protected and connected (Saura et al. 2017, 2018), the indicator of GBF Target 3 (30 % by 2030), computed here as the JRC DOPA computes it.

Protected areas: a WDPA download (polygons and points) or any site layer. WDPA layers are filtered as DOPA does: designated, inscribed and established sites; UNESCO-MAB Biosphere Reserves left out; points drawn as circles of their reported area; overlaps dissolved.

Countries: ISO3 codes (e.g. BFA,NER,MLI) in QGIS&apos;s world map or your border layer. Protected areas in neighbouring countries within the transboundary buffer count as stepping stones (they help movement between your country&apos;s protected areas but add no area).

Results per country and dispersal distance (1, 10 and 100 km as in DOPA): ProtConn, Prot (coverage), ProtUnconn, RelConn, ProtConn[Bound] (corrected for islands and borders), and where the connectivity comes from: [Prot] movement inside protected land ([Within] single sites, [Contig] adjacent sites), [Unprot] across unprotected land, [Trans] through foreign protected areas, in % of ProtConn and (the _land columns) in % of the country. The neighbours table says which neighbour supplies how much of [Trans]. Optional: each protected area&apos;s dProtConn (connectivity lost without it) and a time series by designation year (STATUS_YR) against the 30 % line. Every parameter is in the table columns and the layers&apos; metadata.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/connectivity.py" line="669"/>
        <source>Protected areas (WDPA polygons and points, or any site layer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/connectivity.py" line="676"/>
        <source>Country ISO3 codes (comma separated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/connectivity.py" line="679"/>
        <source>Border layer (empty: QGIS&apos;s world map)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/connectivity.py" line="687"/>
        <source>Median dispersal distances (km)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/connectivity.py" line="692"/>
        <source>Transboundary buffer (km)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/connectivity.py" line="701"/>
        <source>Dispersal probability at the median distance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/inputs.py" line="238"/>
        <source>Include proposed sites (WDPA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/inputs.py" line="238"/>
        <source>Include UNESCO-MAB Biosphere Reserves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/connectivity.py" line="734"/>
        <source>Snapshot year (optional: sites designated by then)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/connectivity.py" line="745"/>
        <source>ProtConn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/connectivity.py" line="748"/>
        <source>ProtConn[Trans] by neighbour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/connectivity.py" line="753"/>
        <source>Protected areas with dProtConn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/connectivity.py" line="762"/>
        <source>ProtConn by year (time series)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/connectivity.py" line="771"/>
        <source>ProtConn of the first row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/connectivity.py" line="772"/>
        <source>Prot of the first row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/connectivity.py" line="786"/>
        <source>No protected-area layer was given: choose the WDPA or a site layer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/connectivity.py" line="796"/>
        <source>dispersal distances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/connectivity.py" line="834"/>
        <source>{iso3}, d = {d:g} km: ProtConn {pc:.2f} % of {area:,.0f} km2 (Prot {prot:.2f} %, ProtConn[Bound] {bound}); [Prot] {p:.1f} %, [Trans] {t:.1f} %, [Unprot] {u:.1f} % of ProtConn; target {target:g} % {met}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/connectivity.py" line="834"/>
        <source>met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/connectivity.py" line="834"/>
        <source>not met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/connectivity.py" line="858"/>
        <source>ProtConn (Saura et al. 2017, 2018) as the JRC DOPA computes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/corridors.py" line="80"/>
        <source>Parameters that shape these results:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/corridors.py" line="112"/>
        <source>Least-cost corridors between core areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/corridors.py" line="115"/>
        <source>Maps where animals can move most easily between core areas (for example protected areas), as Linkage Mapper does (McRae &amp; Kavanagh 2011).

Resistance raster: the cost of crossing one metre of each cell (1 for the best habitat, higher for harder ground, nodata for impassable). It must be in a projected CRS in metres; warp a raster in degrees first (Raster &gt; Projections &gt; Warp). Costs are in resistance x metres: 1 km of resistance 1 costs 1,000.

Pairs: each core is linked to its k nearest cores (by straight-line distance between edges; 0 links every pair) closer than the maximum distance (metres; 0: no limit). Links costing more than the maximum cost distance, and links whose best route crosses a third core, are dropped (advanced options).

Corridor width (cost units): a cell is in the corridor of cores A and B when the best route from A to B through it costs at most this much more than the best route overall (normalised least-cost corridor, CWD_A + CWD_B - LCD). Try 5 to 20 times the cell size for resistance 1; a larger width gives wider corridors.

Outputs: the least-cost path of every link with its length, cost (lcd), the cost-weighted distance to Euclidean distance ratio and the cores it links; a corridor raster (lowest value over all links, empty beyond the width); optionally corridor polygons. Current flow (optional, Circuitscape-style) runs an electric current from core to core inside each corridor: its raster shows pinch points, where movement funnels through a narrow gap, and each link gets its effective resistance.

Pitfalls: large rasters take time (up to 1.5 s per core per 4 million cells); results depend entirely on the resistance values, which are expert judgements for one species.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/corridors.py" line="143"/>
        <source>Core areas (polygons)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/corridors.py" line="148"/>
        <source>Core id field (empty: feature id)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/corridors.py" line="156"/>
        <source>Resistance raster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/corridors.py" line="159"/>
        <source>Band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/corridors.py" line="164"/>
        <source>Corridor width (cost units: resistance x metres)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/corridors.py" line="174"/>
        <source>Link each core to its k nearest cores (0: all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/corridors.py" line="184"/>
        <source>Maximum distance between cores (metres, 0: no limit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/corridors.py" line="194"/>
        <source>Maximum cost distance of a link (cost units, 0: no limit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/corridors.py" line="204"/>
        <source>Drop links whose path crosses another core</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/corridors.py" line="209"/>
        <source>Current flow in the corridors (pinch points)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/corridors.py" line="214"/>
        <source>Current flow between</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/corridors.py" line="214"/>
        <source>8 neighbouring cells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/corridors.py" line="214"/>
        <source>4 neighbouring cells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/corridors.py" line="222"/>
        <source>Corridor links (least-cost paths)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/corridors.py" line="227"/>
        <source>Corridor raster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/corridors.py" line="230"/>
        <source>Corridor polygons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/corridors.py" line="239"/>
        <source>Current density (pinch points)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/corridors.py" line="247"/>
        <source>Corridor links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/corridors.py" line="253"/>
        <source>Choose a core-area layer and a resistance raster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/corridors.py" line="276"/>
        <source>Resistance raster &apos;{name}&apos;: {rows} x {cols} cells.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/corridors.py" line="306"/>
        <source>{links} links kept of {pairs} pairs considered ({unreachable} unreachable, {costly} over the maximum cost, {through} through another core).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/corridors.py" line="318"/>
        <source>Least-cost corridors (cmsconnectivity:corridors)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/corridors.py" line="351"/>
        <source>No current-density raster: tick &apos;Current flow in the corridors&apos; to compute it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/corridors.py" line="385"/>
        <source>Flyway network and critical sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/corridors.py" line="388"/>
        <source>Links breeding, stopover and non-breeding sites into a migration network and finds the sites the flyway cannot lose: if a critical site disappears, some breeding sites can no longer reach any non-breeding site within the species&apos; flight range (the stopover-network view of Runge et al. 2014 and Xu et al. 2019).

Input: a point or polygon layer of sites with a role field (breeding, stopover or passage, non-breeding or wintering; IUCN codes 2, 4, 3 work too), or a Movebank CSV of GPS tracks of one migration: stopovers are found as in &apos;Tracks to stopover sites&apos;, and each bird&apos;s start and end give breeding and non-breeding sites.

Maximum hop (km): the longest flight between two sites (storks about 300-500 km a day; waders up to thousands). Links only go towards the non-breeding end: along the line from the centre of the breeding sites to the centre of the non-breeding sites, the next site must be further on.

Outputs: sites (points) with links in and out, whether each reaches a non-breeding site, routes (separate paths from a breeding site; 1 means a single site can cut it off), loss (breeding weight cut off if the site is lost; the weight field, e.g. birds, or 1 per site), critical (loss &gt; 0), betweenness (share of shortest routes through the site) and, with protected areas, protected (at least the threshold share of the site covered; 50 % by default) and unprotected critical. Links: lines with their length.

Pitfalls: tracks of a few birds show their routes, not the whole flyway; a hop that is too short leaves breeding sites unconnected, one that is too long makes no site critical.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/corridors.py" line="416"/>
        <source>Sites (points or polygons) with a role field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/corridors.py" line="424"/>
        <source>Role field (breeding / stopover / non-breeding)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/corridors.py" line="432"/>
        <source>Site id field (empty: feature id)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/corridors.py" line="440"/>
        <source>Weight field, e.g. birds (empty: 1 per site)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/corridors.py" line="449"/>
        <source>...or a Movebank CSV of tracks (.csv or .csv.gz)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/tracks.py" line="87"/>
        <source>CSV files (*.csv *.csv.gz *.gz *.txt);;All files (*.*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/corridors.py" line="457"/>
        <source>Stopover radius for tracks (km)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/corridors.py" line="467"/>
        <source>Minimum stopover duration for tracks (h)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/corridors.py" line="477"/>
        <source>Maximum hop between sites (km)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/corridors.py" line="487"/>
        <source>Distance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/corridors.py" line="487"/>
        <source>great-circle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/corridors.py" line="487"/>
        <source>equal-area (straight line in LAEA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/corridors.py" line="495"/>
        <source>Minimum progress per hop (km)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/corridors.py" line="505"/>
        <source>Weight breeding sites by the weight field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/corridors.py" line="518"/>
        <source>Share of a site covered to count as protected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/corridors.py" line="529"/>
        <source>Flyway sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/corridors.py" line="534"/>
        <source>Flyway links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/corridors.py" line="539"/>
        <source>Critical sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/corridors.py" line="545"/>
        <source>Give either a site layer with a role field or a Movebank CSV of tracks (one of the two).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/corridors.py" line="554"/>
        <source>The site layer needs a role field (breeding / stopover / non-breeding): choose it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/corridors.py" line="568"/>
        <source>Read {n} fixes of {k} individuals from &apos;{source}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/corridors.py" line="610"/>
        <source>{connected} of {breeding} breeding sites reach a non-breeding site; {n} critical site(s): {ids}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/corridors.py" line="622"/>
        <source>Some breeding sites reach no non-breeding site within {hop:g} km hops: increase the maximum hop or add the missing stopovers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/corridors.py" line="629"/>
        <source>Flyway network (cmsconnectivity:flywaynetwork)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/exportmaps.py" line="55"/>
        <source>Export maps (overview and TFCA candidate atlas)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/exportmaps.py" line="61"/>
        <source>Makes the maps to hand over: an A4 landscape overview (PDF and PNG) of the network and TFCA candidates, and an A4 portrait page per TFCA candidate (one multi-page PDF, and one PNG per candidate) with a locator map and the candidate&apos;s key figures (countries, area per country, share already protected, species).

Give the GeoPackage of a run, or the layers one by one (a layer given here wins over the GeoPackage&apos;s). The pages come from the templates in resources/layouts/; with &apos;Add the layouts to the project&apos; they also appear in the Layout Manager, to edit in the Layout Designer. Runs on the main thread.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/exportmaps.py" line="74"/>
        <source>GeoPackage of a run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/exportmaps.py" line="90"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/exportmaps.py" line="97"/>
        <source>Data sources and licences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/exportmaps.py" line="102"/>
        <source>Add the layouts to the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/exportmaps.py" line="110"/>
        <source>Overview map (PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/exportmaps.py" line="111"/>
        <source>Overview map (PNG)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/exportmaps.py" line="112"/>
        <source>TFCA candidate atlas (PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/exportmaps.py" line="113"/>
        <source>TFCA candidate pages (PNG)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/exportmaps.py" line="116"/>
        <source>Number of candidate pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/exportmaps.py" line="128"/>
        <source>Give the GeoPackage of a run or at least one layer to map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/exportmaps.py" line="148"/>
        <source>Exporting the overview map…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/exportmaps.py" line="169"/>
        <source>No TFCA candidate to map: no cluster of selected sites spans two or more countries. Only the overview map was exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/exportmaps.py" line="178"/>
        <source>Exporting one page per TFCA candidate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/exportmaps.py" line="203"/>
        <source>GeoPackage not found: {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/exportmaps.py" line="216"/>
        <source>{path} holds none of the layers of a run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/inputs.py" line="68"/>
        <source>Prepare species ranges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/inputs.py" line="71"/>
        <source>Turns species range maps into planning features: one polygon per species and season.

Layers: one or several polygon layers, each with one species or many. The fields are recognised automatically for IUCN Red List (binomial, presence, origin, seasonal), BirdLife (SCINAME, PRESENCE, ORIGIN, SEASONAL), NatureServe (SCI_NAME, ORIGIN) and eBird Status &amp; Trends (scientific_name, season) files. For any other layer, type the name of the species field (and, if the layer has them, the presence, origin and seasonal fields).

Codes to keep follow the IUCN Red List: presence 1 extant, 2 probably extant (3 possibly extant, 4 possibly extinct, 5 extinct, 6 uncertain); origin 1 native, 2 reintroduced (3 introduced, 4 vagrant, 5 uncertain, 6 assisted colonisation); seasonal 1 resident, 2 breeding, 3 non-breeding, 4 passage (5 uncertain). Write them separated by commas, e.g. 1,2 or 1-4. A resident range counts in every season of its species.

Invalid geometries are repaired; features with unknown codes are dropped and listed in the log. Give a study area to be warned about species that do not occur in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/inputs.py" line="92"/>
        <source>Range layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/inputs.py" line="97"/>
        <source>Species field (only if not recognised)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/inputs.py" line="97"/>
        <source>Presence field (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/inputs.py" line="97"/>
        <source>Origin field (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/inputs.py" line="97"/>
        <source>Seasonal field (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/inputs.py" line="104"/>
        <source>Presence codes to keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/inputs.py" line="104"/>
        <source>Origin codes to keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/inputs.py" line="104"/>
        <source>Seasonal codes to keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/inputs.py" line="255"/>
        <source>Target CRS (default: the first layer&apos;s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/inputs.py" line="115"/>
        <source>Study area (optional, to warn about species outside it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/inputs.py" line="123"/>
        <source>Species-season ranges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/inputs.py" line="129"/>
        <source>Species-season features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/inputs.py" line="205"/>
        <source>Prepare sites (protected areas, KBAs, Ramsar sites)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/inputs.py" line="208"/>
        <source>Combines site layers into one table of sites, ready for planning and connectivity.

WDPA layers (from protectedplanet.net, polygons or points) are read as the JRC DOPA prepares them for ProtConn: only designated, inscribed and established sites are kept (tick the boxes to add proposed or not-reported ones); UNESCO-MAB Biosphere Reserves are left out unless ticked; a point site becomes a circle with its reported area (REP_AREA, km2), and points without an area are dropped. Parcels sharing a WDPAID become one site.

Any other polygon layer (Key Biodiversity Areas, Ramsar sites, Important Bird Areas, your own drawing) works too: the site name is taken from a field such as NAME or name_en, or from the field you type.

Snapshot year: keep only sites designated in or before that year (STATUS_YR); sites without a year are kept and counted. The optional network output dissolves overlapping sites so that no area counts twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/inputs.py" line="226"/>
        <source>Site layers (polygons or points)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/inputs.py" line="233"/>
        <source>Name field (optional, default: detected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/inputs.py" line="238"/>
        <source>Include sites with status &apos;Not Reported&apos; (WDPA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/inputs.py" line="244"/>
        <source>Snapshot year (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/inputs.py" line="274"/>
        <source>Sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/inputs.py" line="265"/>
        <source>Dissolved network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/inputs.py" line="314"/>
        <source>Dissolved network: {n} parts, {area:.1f} km2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/solve.py" line="44"/>
        <source>Marxan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/marxan.py" line="65"/>
        <source>The {what} of feature {row} in &apos;{layer}&apos; is &apos;{value}&apos;: Marxan needs whole numbers; choose an integer id field, or leave it empty to use feature ids.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/marxan.py" line="127"/>
        <source>Import Marxan project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/marxan.py" line="136"/>
        <source>Reads a Marxan project (its input.dat and the pu.dat it names) and gives one row per planning unit with its id (puid), cost and status (0 free, 1 initial, 2 locked in, 3 locked out). If the project&apos;s output folder holds the results of a run (Marxan&apos;s or &apos;Solve Marxan project&apos;), the best solution (solution: 1 = selected), the summed solution (number of runs selecting the unit) and the selection frequency (number / runs) are added.

Give the planning-unit polygons and their id field to get a map: the polygons come out with these fields joined by id (fields already present get the suffix _mx). Without polygons the result is a table. Use it to map Marxan results or to check a project before solving it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/solve.py" line="71"/>
        <source>Marxan input file (input.dat)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/solve.py" line="71"/>
        <source>Marxan input files (*.dat);;All files (*.*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/marxan.py" line="157"/>
        <source>Planning-unit polygons (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/marxan.py" line="165"/>
        <source>Planning-unit id field (the id of pu.dat)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/marxan.py" line="173"/>
        <source>Marxan planning units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/marxan.py" line="187"/>
        <source>Choose the id field of the planning-unit polygons: the field holding the ids of pu.dat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/marxan.py" line="208"/>
        <source>{n} planning units read; result fields: {fields}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/marxan.py" line="245"/>
        <source>{matched} of {total} polygons matched a planning unit of pu.dat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/marxan.py" line="251"/>
        <source>{count} polygon(s) have an id that is not in pu.dat; their Marxan fields are empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/marxan.py" line="259"/>
        <source>{count} planning unit(s) of pu.dat have no polygon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/marxan.py" line="282"/>
        <source>id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/marxan.py" line="298"/>
        <source>planning-unit areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/marxan.py" line="304"/>
        <source>The cost of planning unit {id} in field &apos;{field}&apos; is missing or negative: give every unit a cost of 0 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/marxan.py" line="313"/>
        <source>status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/marxan.py" line="316"/>
        <source>The status of planning unit {id} is {value}: use 0 (free), 1 (initial), 2 (locked in) or 3 (locked out).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/marxan.py" line="327"/>
        <source>The amounts table &apos;{layer}&apos; has no field &apos;{field}&apos;: choose one of {fields}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/marxan.py" line="332"/>
        <source>unit id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/marxan.py" line="337"/>
        <source>Row {row} of &apos;{layer}&apos; has the amount {value}: amounts must be 0 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/marxan.py" line="345"/>
        <source>The amounts table names unit {id}, which is not among the planning units&apos; ids: use the same unit id field as when the amounts were computed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/marxan.py" line="353"/>
        <source>The amounts table &apos;{layer}&apos; is empty: compute the species amounts first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/marxan.py" line="362"/>
        <source>A BLM of {blm} needs the boundary file: tick &apos;Write bound.dat&apos; or set BLM 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/marxan.py" line="412"/>
        <source>Export Marxan project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/marxan.py" line="421"/>
        <source>Writes planning units and species amounts as a Marxan project: input.dat and, in the input folder, pu.dat (id, cost, status, xloc, yloc), spec.dat (id, prop, spf, name), puvspr.dat (species, pu, amount) and bound.dat (id1, id2, boundary). The project opens in Marxan, prioritizr, CLUZ and &apos;Solve Marxan project&apos;.

Planning units: polygons with an integer id field (empty: feature ids), an optional cost field (empty: the unit&apos;s area in km2) and an optional status field (0 free, 2 locked in e.g. existing protected areas, 3 locked out). Amounts: the table made by &apos;Species amounts per planning unit&apos; (unit_id, feature, amount_km2). Target: the percentage of each feature&apos;s total amount to protect (30 % = GBF Target 3), written as Marxan&apos;s prop. BLM: boundary length modifier, in cost per km of edge (0 ignores compactness); boundary lengths are measured in km in an equal-area projection, and edges on the study-area outline are written as the unit&apos;s own (id1 = id2) row. Feature names lose spaces and separators, which Marxan cannot read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/marxan.py" line="444"/>
        <source>Unit id field (integer; empty: feature id)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/marxan.py" line="444"/>
        <source>Cost field (empty: area in km2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/marxan.py" line="444"/>
        <source>Status field (0 free, 2 locked in, 3 locked out)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/marxan.py" line="454"/>
        <source>Species amounts table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/marxan.py" line="459"/>
        <source>Amounts: unit id field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/marxan.py" line="459"/>
        <source>Amounts: feature field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/marxan.py" line="459"/>
        <source>Amounts: amount field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/marxan.py" line="475"/>
        <source>Target (% of each feature)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/marxan.py" line="496"/>
        <source>Write bound.dat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/marxan.py" line="497"/>
        <source>Number of solutions (NUMREPS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/marxan.py" line="511"/>
        <source>Marxan project folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/marxan.py" line="512"/>
        <source>Marxan input file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/marxan.py" line="547"/>
        <source>Marxan project written: {n} planning units, {m} features, {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/planning_units.py" line="84"/>
        <source>Build planning units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/planning_units.py" line="87"/>
        <source>Cuts the study area into planning units: the pieces of land the plan chooses from.

Study area: ISO3 codes of countries separated by commas (e.g. BEL,LUX; borders from QGIS&apos;s world map unless you choose a border layer), or a polygon layer (which then wins over the codes).

Units: hexagons (the usual choice) or squares of the given area in km2, or the polygons of a layer such as protected sites or parcels (one unit per feature; give an id field to keep your own ids). Units are cut at the study-area edge; units outside it are left out.

Cost (what the plan tries to keep low): the unit&apos;s area by default; or a numeric field of the unit layer; or the mean of a cost raster (e.g. land price or human footprint) over each unit, in any CRS.

Protected areas: units covered at least to the lock-in threshold (0.5 = half) are locked into the plan.

Output: one feature per unit with unit_id, area_km2, cost, country, protected_share, locked_in and exposed_km (edge on the study-area boundary); optionally a boundary table (CSV, Marxan bound.dat style: id1,id2,boundary in km, outer edges as rows with id1 = id2) for compact plans. All areas are measured in an equal-area CRS centred on the study area unless you choose one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/planning_units.py" line="127"/>
        <source>Study area polygon (instead of countries)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/planning_units.py" line="135"/>
        <source>Hexagons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/planning_units.py" line="135"/>
        <source>Squares</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/planning_units.py" line="135"/>
        <source>Polygons of a layer (sites, parcels...)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/planning_units.py" line="143"/>
        <source>Hexagon or square area (km2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/planning_units.py" line="153"/>
        <source>Unit layer (for polygons of a layer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/planning_units.py" line="158"/>
        <source>Unit id field (default: feature id)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/planning_units.py" line="166"/>
        <source>Cost raster (mean per unit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/planning_units.py" line="171"/>
        <source>Cost field of the unit layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/planning_units.py" line="180"/>
        <source>Units without raster cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/planning_units.py" line="180"/>
        <source>Stop with an error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/planning_units.py" line="180"/>
        <source>Give them the mean cost of the other units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/planning_units.py" line="192"/>
        <source>Lock-in threshold (protected share of a unit, 0-1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/planning_units.py" line="203"/>
        <source>Edge tolerance for units of a layer (m)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/planning_units.py" line="211"/>
        <source>CRS of the units (default: equal-area, centred on the study area)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/planning_units.py" line="226"/>
        <source>Boundary table (CSV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/planning_units.py" line="226"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/planning_units.py" line="235"/>
        <source>Number of planning units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/planning_units.py" line="246"/>
        <source>A study-area layer is given: the country codes {codes} are not used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/planning_units.py" line="255"/>
        <source>No study area: give ISO3 country codes (e.g. BEL,LUX) or choose a study-area polygon layer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/planning_units.py" line="263"/>
        <source>{n} far overseas part(s) of the countries were left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/planning_units.py" line="288"/>
        <source>Both a cost raster and a cost field are given: choose one of them (or neither, for cost = area).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/planning_units.py" line="320"/>
        <source>Planning units from a layer need the unit layer: choose a polygon layer (e.g. your sites) as unit layer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/planning_units.py" line="327"/>
        <source>Reading protected areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/planning_units.py" line="330"/>
        <source>Building planning units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/planning_units.py" line="350"/>
        <source>Writing the planning units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/planning_units.py" line="354"/>
        <source>{n} polygon(s) of &apos;{layer}&apos; lie outside the study area and were left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/planning_units.py" line="378"/>
        <source>The boundary table &apos;{path}&apos; cannot be written ({reason}): choose another file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/planning_units.py" line="385"/>
        <source>{n} planning units, {area:,.0f} km2; {locked} locked in; {pairs} neighbouring pairs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/solve.py" line="41"/>
        <source>Solve Marxan project (exact)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/solve.py" line="50"/>
        <source>Solves a Marxan project exactly with the HiGHS solver instead of simulated annealing: every target is met (a target that cannot be met is named with its shortfall), the cost plus BLM x boundary length is as low as possible, and the solver proves how close to the best possible the answer is (the gap).

Give Marxan&apos;s input.dat, or the project folder holding it. Its settings are used as Marxan would: status 2 locks a unit in, 3 locks it out, prop or target per feature, BLM with bound.dat. NUMREPS above 1 gives that many different good solutions (each differs from the others in at least one unit) and the selection frequency. Two extra lines in input.dat, which Marxan ignores, control the solver: MIPGAP (relative gap, default 0.001 = 0.1 %) and TIMELIMIT (seconds per solution); when the time runs out the best selection found is kept and the log gives its gap.

Marxan&apos;s output files (_best, _ssoln, _mvbest, _sum, _log.dat, ...) are written to the project&apos;s OUTPUTDIR, so CLUZ and other Marxan tools read them unchanged. The result table has one row per planning unit: puid, cost, status, solution (1 = in the best solution), number (runs selecting it) and frequency (share of runs); join it to the planning units with &apos;Import Marxan project&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/solve.py" line="79"/>
        <source>or the Marxan project folder (holding input.dat)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/solve.py" line="87"/>
        <source>Solver threads (0: automatic)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/solve.py" line="98"/>
        <source>Solution per planning unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/solve.py" line="103"/>
        <source>Marxan output folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/solve.py" line="104"/>
        <source>Best solution file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/solve.py" line="105"/>
        <source>Log file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/solve.py" line="107"/>
        <source>Objective (score)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/solve.py" line="108"/>
        <source>Relative gap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/solve.py" line="116"/>
        <source>Give the Marxan input file (input.dat) or the project folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/solve.py" line="124"/>
        <source>Searching for a first solution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/solve.py" line="126"/>
        <source>Objective {objective:,.6g}, gap {gap:.3%}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/solve.py" line="161"/>
        <source>{met} of {total} targets met; {units} units selected, score {score:,.6g}; solver {status}, gap {gap:.3%}; {runs} run(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/tfca.py" line="50"/>
        <source>Finds candidate Transfrontier Conservation Areas: groups of chosen planning units and existing sites that lie in two or more countries.

Planning units: the planning_units layer of a run (fields selected, locked_in, country). Sites (optional): existing protected areas to include. Species ranges: one polygon per species and season (fields binomial and seasonal). Countries (optional): a border layer with an iso3 field; without it the units&apos; country field is used.

Gap distance: units or sites closer than this are joined, so a river or a road does not split an area (0 = only touching units). Minimum country share: a country counts only when it holds at least this share of the candidate.

Each candidate lists its countries and area in each, its protected share, the species it holds, its transboundary species (whose range crosses the border inside it), its importance for connectivity (dPC, %, at the dispersal distance; 0 skips it) and a score: the weighted sum of transboundary species, area, unprotected share and importance, each divided by its largest value. Rank 1 is the best.

The optional transboundary habitats output lists, for every species and season, the part of its range within the border buffer that lies on both sides of a border, even where no candidate forms (CMS Resolution 12.7).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/tfca.py" line="74"/>
        <source>Planning units (with selection)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/tfca.py" line="82"/>
        <source>Species field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/tfca.py" line="87"/>
        <source>Season field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/tfca.py" line="92"/>
        <source>Existing sites (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/tfca.py" line="97"/>
        <source>Country borders (optional, iso3 field)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/tfca.py" line="104"/>
        <source>Gap distance joining units (m)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/tfca.py" line="104"/>
        <source>Minimum share of a country in a candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/tfca.py" line="104"/>
        <source>Median dispersal distance for dPC (m; 0 skips)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/tfca.py" line="104"/>
        <source>Border buffer for transboundary habitats (m)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/tfca.py" line="104"/>
        <source>Weight: transboundary species</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/tfca.py" line="104"/>
        <source>Weight: area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/tfca.py" line="104"/>
        <source>Weight: unprotected share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/tfca.py" line="104"/>
        <source>Weight: network importance (dPC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/tfca.py" line="129"/>
        <source>Transboundary habitats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/tfca.py" line="164"/>
        <source>Clustering the chosen units and sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/tfca.py" line="196"/>
        <source>{n} TFCA candidate(s) spanning two or more countries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/tfca.py" line="210"/>
        <source>{n} transboundary habitat part(s) along shared borders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/tracks.py" line="79"/>
        <source>Tracking points (point layer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/tracks.py" line="87"/>
        <source>...or a Movebank CSV file (.csv or .csv.gz)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/tracks.py" line="96"/>
        <source>Individual id field (empty: detect)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/tracks.py" line="97"/>
        <source>Timestamp field, UTC (empty: detect)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/tracks.py" line="100"/>
        <source>Movement state field (empty: detect)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/tracks.py" line="116"/>
        <source>No tracks given: choose a point layer of GPS fixes or a Movebank CSV file (one of the two).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/tracks.py" line="123"/>
        <source>Both a point layer and a CSV file are given: choose one of the two (clear the other).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/tracks.py" line="146"/>
        <source>Read {n} fixes of {k} individuals from &apos;{source}&apos; ({dup} duplicate fixes and {missing} without a location left out).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/tracks.py" line="171"/>
        <source>Tracks to stopover sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/tracks.py" line="174"/>
        <source>Finds where tracked birds rest on migration and merges the stopovers of different birds into sites, as BirdLife&apos;s track2kba does when it looks for sites used by several individuals.

Input: a point layer of GPS fixes (any CRS) or a Movebank CSV file (.csv or .csv.gz, columns individual-local-identifier, timestamp, location-long, location-lat; lon / lat also work). Fields left empty are detected from these names. Timestamps are read as UTC.

Stopover radius (km) and minimum duration (h): a stopover is a run of fixes that all stay within the radius of the run&apos;s first fix for at least the duration. Typical values: storks, cranes, raptors 10 km and 24 h; waders 5 km and 48 h; small passerines need fixes at least every few hours. A larger radius joins neighbouring roosts; a shorter duration adds overnight stops.

Leave out breeding and final residence (on by default): stays before the bird starts migrating (its nest, in an autumn track) and after it stops (its wintering site) are not stopovers. Migration starts and ends where the bird moves more than the movement threshold (km per day, 50 by default) in 24 h.

Output: one polygon per site (the hull of its fixes buffered by half the radius, in Lambert azimuthal equal-area centred on the data) with the number of individuals, visits, bird-days, first arrival and last departure (UTC) and the centroid&apos;s lon/lat. Optional: one polygon per visit.

Pitfalls: sparse fixes (one a day or less) hide short stopovers; gaps in the data inside a stopover count as time spent there; a tag that stops moving (a dead bird) looks like a stopover until the track ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/tracks.py" line="202"/>
        <source>Stopover radius (km)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/tracks.py" line="212"/>
        <source>Minimum stopover duration (h)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/tracks.py" line="222"/>
        <source>Leave out breeding and final residence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/tracks.py" line="376"/>
        <source>Movement threshold (km per day)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/tracks.py" line="251"/>
        <source>Stopover sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/tracks.py" line="252"/>
        <source>Stopover visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/tracks.py" line="269"/>
        <source>{visits} stopovers of at least {hours:g} h within {radius:g} km by {birds} individuals, at {sites} sites ({shared} used by two or more individuals); {excluded} breeding or final stays left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/tracks.py" line="285"/>
        <source>No stopover found: try a larger radius or a shorter minimum duration, or check that the fixes are frequent enough (at least one every few hours).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/tracks.py" line="319"/>
        <source>Tracks to seasonal ranges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/tracks.py" line="322"/>
        <source>Turns GPS tracks into breeding, passage and non-breeding range polygons in the IUCN range schema (binomial, presence 1, origin 1, seasonal 2 / 4 / 3), ready for &apos;Prepare species ranges&apos; and the planning units.

Input: a point layer of GPS fixes (any CRS) or a Movebank CSV file (.csv or .csv.gz). Fields left empty are detected from Movebank&apos;s names.

Classify fixes by:
- movement (default): for tracks covering one migration. Where a bird moves more than the movement threshold (50 km per day) it is migrating: that stretch, its stopovers included, is passage; the settled time before it is breeding and after it non-breeding (the reverse for a spring migration; &apos;auto&apos; takes the end nearer the equator as non-breeding). A settled start or end shorter than the minimum settled time (7 days) counts as passage.
- dates: day-of-year windows, for tracks covering whole years. Default for a Palearctic-African migrant: breeding=121-212; passage=213-304,60-120; non-breeding=305-59 (1 May-31 Jul, 1 Aug-31 Oct and 1 Mar-30 Apr, 1 Nov-28 Feb).
- state: a movement-state column such as Movebank&apos;s migration-stage; values such as &apos;breeding grounds&apos;, &apos;fall migration&apos;, &apos;wintering grounds&apos; are recognised, others can be mapped, e.g. &apos;summer=breeding; moving=passage&apos;.

Buffer (km): each fix becomes a disc of this radius and each season&apos;s discs are merged. 10 km suits storks and other soaring birds; use the tracking error plus the daily foraging range. Fixes are snapped to a grid of a tenth of the buffer first, so the outline may move by up to 7 % of it.

Pitfalls: a few tracked birds show where those birds went, not the whole range; by dates, an autumn-only dataset has almost no non-breeding fixes; a bird that never migrates stays unclassified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/tracks.py" line="353"/>
        <source>Classify seasons by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/tracks.py" line="353"/>
        <source>dates (day-of-year windows)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/tracks.py" line="353"/>
        <source>movement-state field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/tracks.py" line="361"/>
        <source>Species (scientific name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/tracks.py" line="366"/>
        <source>Buffer around fixes (km)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/tracks.py" line="386"/>
        <source>Minimum settled time at the start or end of a track (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/tracks.py" line="396"/>
        <source>Migration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/tracks.py" line="396"/>
        <source>auto (end nearer the equator is non-breeding)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/tracks.py" line="396"/>
        <source>autumn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/tracks.py" line="396"/>
        <source>spring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/tracks.py" line="404"/>
        <source>Date windows (day of year; empty: Palearctic-African default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/tracks.py" line="411"/>
        <source>Extra state values (value=season; ...)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/tracks.py" line="418"/>
        <source>Seasonal ranges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/tracks.py" line="447"/>
        <source>resident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/tracks.py" line="447"/>
        <source>passage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/tracks.py" line="451"/>
        <source>{season}: {fixes} fixes of {birds} individuals, {area:,.0f} km2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/tracks.py" line="461"/>
        <source>{n} fixes could not be given a season (outside the date windows, an unmapped state, or a bird that never migrated) and are not in any range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/qgis_io/layouts.py" line="697"/>
        <source>Layout template not found: {path}. Reinstall the plugin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/qgis_io/layouts.py" line="703"/>
        <source>Layout template {path} is not valid XML (line {line}): {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/qgis_io/layouts.py" line="711"/>
        <source>QGIS could not read the layout template {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/qgis_io/layouts.py" line="715"/>
        <source>Layout template {path} lacks the item(s) {ids}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/qgis_io/layouts.py" line="754"/>
        <source>Could not write {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/qgis_io/layouts.py" line="1018"/>
        <source>Could not add the layout &apos;{name}&apos; to the project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/qgis_io/layouts.py" line="1103"/>
        <source>Cannot make the candidate atlas: the TFCA layer is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/qgis_io/layouts.py" line="1105"/>
        <source>No TFCA candidate to map: no cluster of selected sites spans two or more countries. Try a larger gap distance or higher targets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/qgis_io/layouts.py" line="1142"/>
        <source>No TFCA candidate to map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/qgis_io/layouts.py" line="1150"/>
        <source>QGIS could not start the atlas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/qgis_io/layouts.py" line="1154"/>
        <source>QGIS could not go to atlas page {n}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/qgis_io/layouts.py" line="1177"/>
        <source>TFCA candidates atlas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/qgis_io/layouts.py" line="1209"/>
        <source>QGIS could not export the atlas to {path}: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/qgis_io/postprocess.py" line="105"/>
        <source>Layer &apos;{layer}&apos; has no field &apos;{field}&apos; to colour by.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/pipeline.py" line="257"/>
        <source>Computing ProtConn before and after the plan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
