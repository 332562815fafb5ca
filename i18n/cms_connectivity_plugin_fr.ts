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
        <location filename="../cms_connectivity_plugin/core/scenario.py" line="58"/>
        <source>The country list is empty: give at least one ISO3 code, e.g. DEU,FRA,ESP.</source>
        <translation>La liste des pays est vide : donnez au moins un code ISO3, p. ex. DEU,FRA,ESP.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/borders.py" line="82"/>
        <source>Unknown ISO3 code(s) {codes}: not in the border layer &apos;{layer}&apos;. Use three-letter ISO 3166 codes such as FRA or ESP.</source>
        <translation>Code(s) ISO3 inconnu(s) {codes} : absent(s) de la couche de frontières « {layer} ». Utilisez des codes ISO 3166 à trois lettres comme FRA ou ESP.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/evaluate.py" line="40"/>
        <source>The selection has shape {shape}; give one flag per planning unit ({n}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/pipeline.py" line="96"/>
        <source>Solving: searching for a first solution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/pipeline.py" line="98"/>
        <source>Solving: gap {gap:.2%}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/pipeline.py" line="116"/>
        <source>Cancelled by the user; nothing was written.</source>
        <translation>Annulé par l'utilisateur ; rien n'a été écrit.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/pipeline.py" line="120"/>
        <source>Building the study area</source>
        <translation>Construction de la zone d'étude</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/pipeline.py" line="124"/>
        <source>Simulating species ranges and protected areas</source>
        <translation>Simulation des aires de répartition et des aires protégées</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/pipeline.py" line="129"/>
        <source>Building hexagonal planning units</source>
        <translation>Construction des unités de planification hexagonales</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/pipeline.py" line="141"/>
        <source>Computing species amounts per unit</source>
        <translation>Calcul des surfaces d'espèces par unité</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/pipeline.py" line="149"/>
        <source>{n} feature(s) have no range inside the study area: {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/pipeline.py" line="167"/>
        <source>Solving the integer programme</source>
        <translation>Résolution du programme en nombres entiers</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/pipeline.py" line="177"/>
        <source>Finding transboundary (TFCA) candidates</source>
        <translation>Recherche des candidates transfrontalières (ACTF)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/pipeline.py" line="181"/>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/planning_units.py" line="131"/>
        <source>The hexagon area ({cell:.0f} km2) is not smaller than the study area ({area:.0f} km2): choose hexagons of at most {suggest:.0f} km2.</source>
        <translation>La surface des hexagones ({cell:.0f} km2) n'est pas inférieure à la zone d'étude ({area:.0f} km2) : choisissez des hexagones d'au plus {suggest:.0f} km2.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/problem.py" line="41"/>
        <source>{shown} and {rest} more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/problem.py" line="90"/>
        <source>The boundary table has {i} first ids, {j} second ids and {length} lengths; every row needs all three.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/problem.py" line="98"/>
        <source>Boundary rows {rows} refer to planning units outside 0..{last}: check that the boundary table matches the planning units.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/problem.py" line="106"/>
        <source>Boundary rows {rows} have a missing or negative length: every shared edge length must be zero or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/problem.py" line="117"/>
        <source>There are {count} exposed edge lengths for {n} planning units; give one per unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/problem.py" line="125"/>
        <source>Planning units {units} have a missing or negative exposed edge: exposed edge lengths must be zero or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/problem.py" line="176"/>
        <source>The selection has {count} units but the boundary data has {n}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/problem.py" line="225"/>
        <source>feature {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/problem.py" line="262"/>
        <source>The cost has shape {shape}; give one cost per planning unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/problem.py" line="268"/>
        <source>The targets have shape {shape}; give one target per feature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/problem.py" line="274"/>
        <source>The amounts table is {rows} x {cols} but there are {n} planning units and {m} targets: give one row per unit and one column per feature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/problem.py" line="281"/>
        <source>There are {names} feature names for {m} features.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/problem.py" line="286"/>
        <source>locked-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/problem.py" line="286"/>
        <source>locked-out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/problem.py" line="288"/>
        <source>The {what} flags have shape {shape}; give one flag per planning unit ({n}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/problem.py" line="295"/>
        <source>There are {count} unit ids for {n} planning units.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/problem.py" line="303"/>
        <source>The cost of planning unit {units} is missing or not finite: give every unit a finite cost, or remove the units that cannot be selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/problem.py" line="311"/>
        <source>The cost of planning unit {units} is negative: costs must be zero or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/problem.py" line="322"/>
        <source>The amount of feature &apos;{feature}&apos; in planning unit {unit} is {value}: amounts must be zero or more ({count} such values in all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/problem.py" line="336"/>
        <source>The target for feature &apos;{feature}&apos; is {value}: targets are amounts and must be zero or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/problem.py" line="345"/>
        <source>Planning unit {units} is both locked in and locked out: remove one of the two locks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/problem.py" line="353"/>
        <source>Unknown boundary formulation &apos;{name}&apos;: use {choices}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/problem.py" line="359"/>
        <source>The boundary length modifier is {value}; it must be zero or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/problem.py" line="365"/>
        <source>The edge factor is {value}; it must be between 0 and 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/problem.py" line="371"/>
        <source>The boundary data covers {count} planning units but there are {n}: rebuild the boundary table from the same units.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/problem.py" line="378"/>
        <source>A boundary length modifier of {value} is set but no boundary data was given: add the boundary table or set the modifier to 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/problem.py" line="413"/>
        <source>&apos;{name}&apos;: target {target:.6g}, at most {max_attainable:.6g} available ({shortfall:.6g} short)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/problem.py" line="429"/>
        <source>{count} target(s) cannot be met even by selecting every unit not locked out: {details}. Lower these targets or unlock units.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/problem.py" line="807"/>
        <source>The warm start has shape {shape}; give one flag per planning unit ({n}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/problem.py" line="818"/>
        <source>{solver} stopped ({status}) before finding any selection that meets every target; allow more than {limit:g} s or a larger optimality gap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/problem.py" line="822"/>
        <source>{solver} stopped ({status}) before finding any selection that meets every target; allow a larger optimality gap or simplify the problem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/problem.py" line="831"/>
        <source>The time limit is {value} s; give a positive number of seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/problem.py" line="837"/>
        <source>The optimality gap is {value}; give a fraction of 0 or more, e.g. 0.01.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/problem.py" line="843"/>
        <source>The number of threads is {value}; give 1 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/scenario.py" line="63"/>
        <source>&apos;{code}&apos; is not an ISO3 country code: use three letters, e.g. FRA.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/simulate.py" line="157"/>
        <source>The number of species is {n}: simulate at least 1 species.</source>
        <translation>Le nombre d'espèces est {n} : simulez au moins 1 espèce.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/scenario.py" line="75"/>
        <source>The target is {value} %: give a percentage above 0 and at most 100.</source>
        <translation>L'objectif est de {value} % : donnez un pourcentage supérieur à 0 et d'au plus 100.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/scenario.py" line="81"/>
        <source>The hexagon area is {value} km2: give a positive area, e.g. 1000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/scenario.py" line="89"/>
        <source>The parameter {name} is {value}: give a finite number of 0 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/scenario.py" line="95"/>
        <source>The lock-in threshold is {value}: give a protected share above 0 and at most 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/scenario.py" line="116"/>
        <source>Unknown scenario setting(s): {names}. Remove them or check the spelling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/scenario.py" line="123"/>
        <source>This scenario was written by a newer plugin (schema {version}): update the plugin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/scenario.py" line="135"/>
        <source>The scenario file is not valid JSON ({detail}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/scenario.py" line="139"/>
        <source>The scenario file must hold one JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/solvers/__init__.py" line="44"/>
        <source>No MILP solver is available: install highspy, or SciPy 1.9 or newer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/solvers/__init__.py" line="49"/>
        <source>Unknown solver &apos;{name}&apos;: use one of {choices}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/solvers/__init__.py" line="55"/>
        <source>The solver &apos;{name}&apos; is not installed; available: {choices}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/solvers/highs.py" line="84"/>
        <source>HiGHS rejected the model ({status}); check the inputs for huge values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/solvers/scipy_milp.py" line="74"/>
        <source>The solve was cancelled.</source>
        <translation>La résolution a été annulée.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/solvers/highs.py" line="260"/>
        <source>HiGHS could not solve the model: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/solvers/highs.py" line="273"/>
        <source>HiGHS found no selection that meets every target together, although each target can be met on its own; check the amounts for extreme values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/solvers/scipy_milp.py" line="80"/>
        <source>SciPy found no selection that meets every target together, although each target can be met on its own; check the amounts for extreme values.</source>
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
        <location filename="../cms_connectivity_plugin/processing/algorithms/run_scenario.py" line="46"/>
        <source>Run scenario (simulate, plan, find TFCA candidates)</source>
        <translation>Exécuter un scénario (simuler, planifier, trouver des candidates ACTF)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/run_scenario.py" line="49"/>
        <source>Workflow</source>
        <translation>Flux de travail</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/run_scenario.py" line="59"/>
        <source>Simulates migratory species (breeding, passage and non-breeding ranges) and an existing protected-area network for the chosen countries, builds hexagonal planning units, solves the minimum-set problem exactly with HiGHS (targets per species and season, existing protected areas locked in, boundary penalty), and finds TFCA candidates: clusters of the network that span two or more countries.

Countries: ISO3 codes separated by commas (default: the western European-African flyway). Target: percentage of each species-season range (30 % = GBF Target 3). BLM: boundary penalty in km2 of cost per km of edge; 0 ignores compactness.

Outputs in the folder: cms_connectivity.gpkg (styled layers planning_units, tfca_candidates, protected_areas, species_ranges, countries), targets.csv, scenario.json, summary.json and tfca_map.pdf / .png.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/run_scenario.py" line="75"/>
        <source>Countries (ISO3 codes, comma separated)</source>
        <translation>Pays (codes ISO3 séparés par des virgules)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/run_scenario.py" line="81"/>
        <source>Number of simulated species</source>
        <translation>Nombre d'espèces simulées</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/run_scenario.py" line="87"/>
        <source>Random seed</source>
        <translation>Graine aléatoire</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/run_scenario.py" line="93"/>
        <source>Hexagon area (km2)</source>
        <translation>Surface des hexagones (km2)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/run_scenario.py" line="99"/>
        <source>Target (% of each species-season range)</source>
        <translation>Objectif (% de l'aire de chaque espèce et saison)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/run_scenario.py" line="105"/>
        <source>Boundary length modifier (BLM)</source>
        <translation>Modificateur de longueur de limite (BLM)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/run_scenario.py" line="111"/>
        <source>Solver time limit (s)</source>
        <translation>Temps maximal du solveur (s)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/run_scenario.py" line="117"/>
        <source>Relative optimality gap</source>
        <translation>Écart relatif d'optimalité</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/run_scenario.py" line="123"/>
        <source>Country borders (default: QGIS world map)</source>
        <translation>Frontières des pays (par défaut : carte du monde de QGIS)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/run_scenario.py" line="132"/>
        <source>Output folder</source>
        <translation>Dossier de sortie</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/run_scenario.py" line="133"/>
        <source>GeoPackage</source>
        <translation>GeoPackage</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/qgis_io/export.py" line="149"/>
        <source>Planning units</source>
        <translation>Unités de planification</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/qgis_io/export.py" line="150"/>
        <source>TFCA candidates</source>
        <translation>Candidates ACTF</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/run_scenario.py" line="136"/>
        <source>Targets table (CSV)</source>
        <translation>Tableau des objectifs (CSV)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/run_scenario.py" line="137"/>
        <source>Map (PDF)</source>
        <translation>Carte (PDF)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/run_scenario.py" line="138"/>
        <source>Targets met</source>
        <translation>Objectifs atteints</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/run_scenario.py" line="139"/>
        <source>TFCA candidates found</source>
        <translation>Candidates ACTF trouvées</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/run_scenario.py" line="140"/>
        <source>Solver status</source>
        <translation>État du solveur</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/run_scenario.py" line="170"/>
        <source>{met} of {total} targets met; {n} TFCA candidate(s); solver {status}, gap {gap:.2%}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/qgis_io/export.py" line="44"/>
        <source>Borders: Natural Earth (public domain), via QGIS world_map.gpkg. Species ranges and protected areas: simulated by CMS Connectivity Planner (training data).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/qgis_io/export.py" line="58"/>
        <source>The output folder &apos;{path}&apos; cannot be written ({reason}): choose another folder.</source>
        <translation>Impossible d'écrire dans le dossier de sortie « {path} » ({reason}) : choisissez un autre dossier.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/qgis_io/export.py" line="135"/>
        <source>Writing layer {layer} to {path} failed: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/qgis_io/export.py" line="151"/>
        <source>Protected areas</source>
        <translation>Aires protégées</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/qgis_io/export.py" line="152"/>
        <source>Species ranges</source>
        <translation>Aires de répartition des espèces</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/qgis_io/export.py" line="153"/>
        <source>Countries</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/qgis_io/export.py" line="233"/>
        <source>Could not reopen layer {layer} from {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/qgis_io/export.py" line="238"/>
        <source>{countries}: {selected:.1f} % of the study area in the network, {met} of {total} species-season targets met, {n} TFCA candidate(s) ({solver}, {status}, gap {gap:.2%}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/qgis_io/export.py" line="251"/>
        <source>Migratory species network and TFCA candidates</source>
        <translation>Réseau pour les espèces migratrices et candidates ACTF</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/qgis_io/export.py" line="252"/>
        <source>{data} Made with CMS Connectivity Planner {version}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/qgis_io/layers.py" line="46"/>
        <source>QGIS&apos;s world map ({path}) could not be opened: reinstall QGIS&apos;s data (Debian package qgis-common) or choose a border layer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/qgis_io/layers.py" line="59"/>
        <source>The layer &apos;{layer}&apos; has no coordinate reference system: set one in its properties.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/qgis_io/layouts.py" line="160"/>
        <source>Cannot read image {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/qgis_io/layouts.py" line="191"/>
        <source>The overview map has no layers to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/qgis_io/layouts.py" line="230"/>
        <source>Exported on {date}</source>
        <translation>Exporté le {date}</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/qgis_io/layouts.py" line="280"/>
        <source>Cannot export the map: invalid layers: {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/qgis_io/layouts.py" line="376"/>
        <source>Legend</source>
        <translation>Légende</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/qgis_io/layouts.py" line="405"/>
        <source>km</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/qgis_io/layouts.py" line="425"/>
        <source>North arrow symbol {name} not found in the QGIS SVG paths.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/qgis_io/layouts.py" line="472"/>
        <source>Cannot export the map: no layer has a coordinate reference system.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/qgis_io/layouts.py" line="488"/>
        <source>Cannot export the map: the layers to zoom to ({names}) have no features.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/qgis_io/layouts.py" line="547"/>
        <source>The exported image {path} is blank.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/qgis_io/layouts.py" line="560"/>
        <source>QGIS could not export {path} (exporter error {code}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/qgis_io/layouts.py" line="566"/>
        <source>The export to {path} produced an empty file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/qgis_io/layouts.py" line="587"/>
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
</context>
</TS>
