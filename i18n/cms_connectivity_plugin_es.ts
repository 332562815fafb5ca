<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1">
<context>
    <name>CmsConnectivity</name>
    <message>
        <location filename="../cms_connectivity_plugin/core/borders.py" line="54"/>
        <source>The border layer &apos;{layer}&apos; has no ISO3 field (looked for {fields}): add one or use the default world map.</source>
        <translation>La capa de fronteras «{layer}» no tiene campo ISO3 (se buscó {fields}): agregue uno o use el mapa mundial predeterminado.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/scenario.py" line="80"/>
        <source>The country list is empty: give at least one ISO3 code, e.g. DEU,FRA,ESP.</source>
        <translation>La lista de países está vacía: indique al menos un código ISO3, p. ej. DEU,FRA,ESP.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/borders.py" line="130"/>
        <source>Unknown ISO3 code(s) {codes}: not in the border layer &apos;{layer}&apos;. Use three-letter ISO 3166 codes such as FRA or ESP.</source>
        <translation>Código(s) ISO3 desconocido(s) {codes}: no están en la capa de fronteras «{layer}». Use códigos ISO 3166 de tres letras como FRA o ESP.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/problem/model.py" line="39"/>
        <source>The selection has shape {shape}; give one flag per planning unit ({n}).</source>
        <translation>La selección tiene la forma {shape}; indique un indicador por unidad de planificación ({n}).</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/solvers/__init__.py" line="141"/>
        <source>Solving: searching for a first solution</source>
        <translation>Resolviendo: búsqueda de una primera solución</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/solvers/__init__.py" line="143"/>
        <source>Solving: gap {gap:.2%}</source>
        <translation>Resolviendo: brecha {gap:.2%}</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/planning_units.py" line="381"/>
        <source>Cancelled by the user; nothing was written.</source>
        <translation>Cancelado por el usuario; no se escribió nada.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/simulate.py" line="159"/>
        <source>Building the study area</source>
        <translation>Construcción del área de estudio</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/simulate.py" line="170"/>
        <source>Simulating species ranges and protected areas</source>
        <translation>Simulación de las áreas de distribución de las especies y de las áreas protegidas</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/pipeline.py" line="201"/>
        <source>Building hexagonal planning units</source>
        <translation>Construcción de las unidades de planificación hexagonales</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/pipeline.py" line="213"/>
        <source>Computing species amounts per unit</source>
        <translation>Cálculo de las cantidades de especies por unidad</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/pipeline.py" line="221"/>
        <source>{n} feature(s) have no range inside the study area: {names}.</source>
        <translation>{n} elemento(s) no tienen área de distribución dentro del área de estudio: {names}.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/plan.py" line="829"/>
        <source>Solving the integer programme</source>
        <translation>Resolución del programa entero</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/pipeline.py" line="249"/>
        <source>Finding transboundary (TFCA) candidates</source>
        <translation>Búsqueda de candidatas transfronterizas (ACTF)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/qgis_io/run.py" line="170"/>
        <source>Done</source>
        <translation>Terminado</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/planning_units.py" line="766"/>
        <source>The hexagon area ({cell:.0f} km2) is not smaller than the study area ({area:.0f} km2): choose hexagons of at most {suggest:.0f} km2.</source>
        <translation>La superficie de los hexágonos ({cell:.0f} km2) no es menor que el área de estudio ({area:.0f} km2): elija hexágonos de como máximo {suggest:.0f} km2.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/i18n.py" line="122"/>
        <source>{shown} and {rest} more</source>
        <translation>{shown} y {rest} más</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/problem/boundary.py" line="59"/>
        <source>The boundary table has {i} first ids, {j} second ids and {length} lengths; every row needs all three.</source>
        <translation>La tabla de bordes tiene {i} primeros id, {j} segundos id y {length} longitudes; cada fila necesita los tres.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/problem/boundary.py" line="67"/>
        <source>Boundary rows {rows} refer to planning units outside 0..{last}: check that the boundary table matches the planning units.</source>
        <translation>Las filas de borde {rows} remiten a unidades de planificación fuera de 0..{last}: compruebe que la tabla de bordes corresponda a las unidades de planificación.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/problem/boundary.py" line="75"/>
        <source>Boundary rows {rows} have a missing or negative length: every shared edge length must be zero or more.</source>
        <translation>Las filas de borde {rows} tienen una longitud que falta o es negativa: cada longitud de borde compartido debe ser cero o más.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/problem/boundary.py" line="86"/>
        <source>There are {count} exposed edge lengths for {n} planning units; give one per unit.</source>
        <translation>Hay {count} longitudes de borde expuesto para {n} unidades de planificación; indique una por unidad.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/problem/boundary.py" line="94"/>
        <source>Planning units {units} have a missing or negative exposed edge: exposed edge lengths must be zero or more.</source>
        <translation>Las unidades de planificación {units} tienen un borde expuesto que falta o es negativo: las longitudes de borde expuesto deben ser cero o más.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/problem/boundary.py" line="145"/>
        <source>The selection has {count} units but the boundary data has {n}.</source>
        <translation>La selección tiene {count} unidades, pero los datos de borde tienen {n}.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/problem/model.py" line="94"/>
        <source>feature {number}</source>
        <translation>elemento {number}</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/problem/model.py" line="164"/>
        <source>The cost has shape {shape}; give one cost per planning unit.</source>
        <translation>El costo tiene la forma {shape}; indique un costo por unidad de planificación.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/problem/model.py" line="170"/>
        <source>The targets have shape {shape}; give one target per feature.</source>
        <translation>Las metas tienen la forma {shape}; indique una meta por elemento.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/problem/model.py" line="176"/>
        <source>The amounts table is {rows} x {cols} but there are {n} planning units and {m} targets: give one row per unit and one column per feature.</source>
        <translation>La tabla de cantidades es de {rows} x {cols}, pero hay {n} unidades de planificación y {m} metas: indique una fila por unidad y una columna por elemento.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/problem/model.py" line="183"/>
        <source>There are {names} feature names for {m} features.</source>
        <translation>Hay {names} nombres de elementos para {m} elementos.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/problem/model.py" line="188"/>
        <source>locked-in</source>
        <translation>unidades fijadas</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/problem/model.py" line="188"/>
        <source>locked-out</source>
        <translation>unidades excluidas</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/problem/model.py" line="190"/>
        <source>The {what} flags have shape {shape}; give one flag per planning unit ({n}).</source>
        <translation>Los indicadores «{what}» tienen la forma {shape}; indique un indicador por unidad de planificación ({n}).</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/problem/model.py" line="197"/>
        <source>There are {count} unit ids for {n} planning units.</source>
        <translation>Hay {count} id de unidad para {n} unidades de planificación.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/problem/model.py" line="205"/>
        <source>The cost of planning unit {units} is missing or not finite: give every unit a finite cost, or remove the units that cannot be selected.</source>
        <translation>El costo de la unidad de planificación {units} falta o no es finito: dé a cada unidad un costo finito o quite las unidades que no se pueden seleccionar.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/problem/model.py" line="213"/>
        <source>The cost of planning unit {units} is negative: costs must be zero or more.</source>
        <translation>El costo de la unidad de planificación {units} es negativo: los costos deben ser cero o más.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/problem/model.py" line="237"/>
        <source>The amount of feature &apos;{feature}&apos; in planning unit {unit} is {value}: amounts must be zero or more ({count} such values in all).</source>
        <translation>La cantidad del elemento «{feature}» en la unidad de planificación {unit} es {value}: las cantidades deben ser cero o más ({count} valores así en total).</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/problem/model.py" line="251"/>
        <source>The target for feature &apos;{feature}&apos; is {value}: targets are amounts and must be zero or more.</source>
        <translation>La meta del elemento «{feature}» es {value}: las metas son cantidades y deben ser cero o más.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/problem/model.py" line="296"/>
        <source>Planning unit {units} is both locked in and locked out: remove one of the two locks.</source>
        <translation>La unidad de planificación {units} está a la vez fijada y excluida: quite uno de los dos bloqueos.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/problem/penalties.py" line="160"/>
        <source>Unknown boundary formulation &apos;{name}&apos;: use {choices}.</source>
        <translation>Formulación de borde «{name}» desconocida: use {choices}.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/problem/penalties.py" line="166"/>
        <source>The boundary length modifier is {value}; it must be zero or more.</source>
        <translation>El modificador de longitud de borde es {value}; debe ser cero o más.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/problem/penalties.py" line="172"/>
        <source>The edge factor is {value}; it must be between 0 and 1.</source>
        <translation>El factor de borde es {value}; debe estar entre 0 y 1.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/problem/penalties.py" line="178"/>
        <source>The boundary data covers {count} planning units but there are {n}: rebuild the boundary table from the same units.</source>
        <translation>Los datos de borde cubren {count} unidades de planificación, pero hay {n}: reconstruya la tabla de bordes a partir de las mismas unidades.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/problem/penalties.py" line="202"/>
        <source>A boundary length modifier of {value} is set but no boundary data was given: add the boundary table or set the modifier to 0.</source>
        <translation>Hay un modificador de longitud de borde de {value}, pero no se indicaron datos de borde: agregue la tabla de bordes o ponga el modificador en 0.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/problem/model.py" line="323"/>
        <source>&apos;{name}&apos;: target {target:.6g}, at most {max_attainable:.6g} available ({shortfall:.6g} short)</source>
        <translation>«{name}»: meta {target:.6g}, como máximo {max_attainable:.6g} disponible (faltan {shortfall:.6g})</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/problem/solution.py" line="100"/>
        <source>The warm start has shape {shape}; give one flag per planning unit ({n}).</source>
        <translation>El arranque en caliente tiene la forma {shape}; indique un indicador por unidad de planificación ({n}).</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/problem/solution.py" line="142"/>
        <source>The time limit is {value} s; give a positive number of seconds.</source>
        <translation>El tiempo límite es {value} s; indique un número positivo de segundos.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/problem/solution.py" line="148"/>
        <source>The optimality gap is {value}; give a fraction of 0 or more, e.g. 0.01.</source>
        <translation>La brecha de optimalidad es {value}; indique una fracción de 0 o más, p. ej. 0.01.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/problem/solution.py" line="154"/>
        <source>The number of threads is {value}; give 1 or more.</source>
        <translation>El número de hilos es {value}; indique 1 o más.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/scenario.py" line="94"/>
        <source>&apos;{code}&apos; is not an ISO3 country code: use three letters, e.g. FRA.</source>
        <translation>«{code}» no es un código de país ISO3: use tres letras, p. ej. FRA.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/simulate.py" line="189"/>
        <source>The number of species is {n}: simulate at least 1 species.</source>
        <translation>El número de especies es {n}: simule al menos 1 especie.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/scenario.py" line="106"/>
        <source>The target is {value} %: give a percentage above 0 and at most 100.</source>
        <translation>La meta es {value} %: indique un porcentaje mayor que 0 y de como máximo 100.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/scenario.py" line="112"/>
        <source>The hexagon area is {value} km2: give a positive area, e.g. 1000.</source>
        <translation>La superficie de los hexágonos es {value} km2: indique una superficie positiva, p. ej. 1000.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/scenario.py" line="127"/>
        <source>The parameter {name} is {value}: give a finite number of 0 or more.</source>
        <translation>El parámetro {name} es {value}: indique un número finito de 0 o más.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/scenario.py" line="133"/>
        <source>The lock-in threshold is {value}: give a protected share above 0 and at most 1.</source>
        <translation>El umbral de fijación es {value}: indique una proporción protegida mayor que 0 y de como máximo 1.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/workflow.py" line="294"/>
        <source>Unknown scenario setting(s): {names}. Remove them or check the spelling.</source>
        <translation>Parámetro(s) de escenario desconocido(s): {names}. Quítelos o revise la ortografía.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/workflow.py" line="301"/>
        <source>This scenario was written by a newer plugin (schema {version}): update the plugin.</source>
        <translation>Este escenario lo escribió una versión más reciente del complemento (esquema {version}): actualice el complemento.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/workflow.py" line="323"/>
        <source>The scenario file is not valid JSON ({detail}).</source>
        <translation>El archivo de escenario no es un JSON válido ({detail}).</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/workflow.py" line="327"/>
        <source>The scenario file must hold one JSON object.</source>
        <translation>El archivo de escenario debe contener un único objeto JSON.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/solvers/__init__.py" line="60"/>
        <source>No MILP solver is available: install highspy, or SciPy 1.9 or newer.</source>
        <translation>No hay ningún solucionador MILP disponible: instale highspy, o SciPy 1.9 o posterior.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/solvers/__init__.py" line="65"/>
        <source>Unknown solver &apos;{name}&apos;: use one of {choices}.</source>
        <translation>Solucionador «{name}» desconocido: use uno de {choices}.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/solvers/__init__.py" line="71"/>
        <source>The solver &apos;{name}&apos; is not installed; available: {choices}.</source>
        <translation>El solucionador «{name}» no está instalado; disponibles: {choices}.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/solvers/highs.py" line="104"/>
        <source>HiGHS rejected the model ({status}); check the inputs for huge values.</source>
        <translation>HiGHS rechazó el modelo ({status}); revise si los datos de entrada tienen valores enormes.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/solvers/scipy_milp.py" line="79"/>
        <source>The solve was cancelled.</source>
        <translation>La resolución se canceló.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/solvers/highs.py" line="309"/>
        <source>HiGHS could not solve the model: {reason}</source>
        <translation>HiGHS no pudo resolver el modelo: {reason}</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/provider.py" line="17"/>
        <source>CMS Connectivity Planner</source>
        <translation>Planificador de conectividad CMS</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/plugin.py" line="25"/>
        <source>&amp;CMS Connectivity Planner</source>
        <translation>&amp;Planificador de conectividad CMS</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/plugin.py" line="66"/>
        <source>Plan protected-area networks for migratory species and find TFCA candidates</source>
        <translation>Planificar redes de áreas protegidas para especies migratorias y encontrar candidatas ACTF</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/run_scenario.py" line="42"/>
        <source>Run scenario (simulate, plan, find TFCA candidates)</source>
        <translation>Ejecutar escenario (simular, planificar, encontrar candidatas ACTF)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/base.py" line="42"/>
        <source>Workflow</source>
        <translation>Flujo de trabajo</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/run_scenario.py" line="49"/>
        <source>Simulates migratory species (breeding, passage and non-breeding ranges) and an existing protected-area network for the chosen countries, builds hexagonal planning units, solves the minimum-set problem exactly with HiGHS (targets per species and season, existing protected areas locked in, boundary penalty), and finds TFCA candidates: clusters of the network that span two or more countries.

Countries: ISO3 codes separated by commas (default: the western European-African flyway). Target: percentage of each species-season range (30 % = GBF Target 3). BLM: boundary penalty in km2 of cost per km of edge; 0 ignores compactness.

Outputs in the folder: cms_connectivity.gpkg (styled layers planning_units, tfca_candidates, protected_areas, species_ranges, countries), targets.csv, scenario.json, summary.json and tfca_map.pdf / .png.</source>
        <translation>Simula especies migratorias (áreas de reproducción, de paso y no reproductivas) y una red de áreas protegidas existente para los países elegidos, crea unidades de planificación hexagonales, resuelve de forma exacta el problema de conjunto mínimo con HiGHS (metas por especie y temporada, áreas protegidas existentes fijadas, penalización de borde) y encuentra candidatas ACTF: agrupaciones de la red que abarcan dos o más países.

Países: códigos ISO3 separados por comas (por defecto: la ruta migratoria occidental Europa-África). Meta: porcentaje del área de distribución de cada especie y temporada (30 % = meta 3 del MMB). BLM: penalización de borde en km2 de costo por km de borde; 0 ignora la compacidad.

Salidas en la carpeta: cms_connectivity.gpkg (capas con estilo planning_units, tfca_candidates, protected_areas, species_ranges, countries), targets.csv, scenario.json, summary.json y tfca_map.pdf / .png.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/simulate.py" line="82"/>
        <source>Countries (ISO3 codes, comma separated)</source>
        <translation>Países (códigos ISO3 separados por comas)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/simulate.py" line="97"/>
        <source>Number of simulated species</source>
        <translation>Número de especies simuladas</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/simulate.py" line="108"/>
        <source>Random seed</source>
        <translation>Semilla aleatoria</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/run_scenario.py" line="93"/>
        <source>Hexagon area (km2)</source>
        <translation>Superficie de los hexágonos (km2)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/run_scenario.py" line="103"/>
        <source>Target (% of each species-season range)</source>
        <translation>Meta (% del área de distribución de cada especie y temporada)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/run_scenario.py" line="114"/>
        <source>Boundary length modifier (BLM)</source>
        <translation>Modificador de longitud de borde (BLM)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/run_scenario.py" line="124"/>
        <source>Solver time limit (s)</source>
        <translation>Tiempo límite del solucionador (s)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/run_scenario.py" line="134"/>
        <source>Relative optimality gap</source>
        <translation>Brecha de optimalidad relativa</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/simulate.py" line="89"/>
        <source>Country borders (default: QGIS world map)</source>
        <translation>Fronteras de los países (por defecto: mapa mundial de QGIS)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/workflow.py" line="56"/>
        <source>Output folder</source>
        <translation>Carpeta de salida</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/run_scenario.py" line="157"/>
        <source>GeoPackage</source>
        <translation>GeoPackage</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/qgis_io/layouts.py" line="967"/>
        <source>Planning units</source>
        <translation>Unidades de planificación</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/qgis_io/export.py" line="213"/>
        <source>TFCA candidates</source>
        <translation>Candidatas ACTF</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/run_scenario.py" line="160"/>
        <source>Targets table (CSV)</source>
        <translation>Tabla de metas (CSV)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/run_scenario.py" line="161"/>
        <source>Map (PDF)</source>
        <translation>Mapa (PDF)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/solve.py" line="99"/>
        <source>Targets met</source>
        <translation>Metas alcanzadas</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/run_scenario.py" line="163"/>
        <source>TFCA candidates found</source>
        <translation>Candidatas ACTF encontradas</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/solve.py" line="96"/>
        <source>Solver status</source>
        <translation>Estado del solucionador</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/run_scenario.py" line="196"/>
        <source>{met} of {total} targets met; {n} TFCA candidate(s); solver {status}, gap {gap:.2%}.</source>
        <translation>{met} de {total} metas alcanzadas; {n} candidata(s) ACTF; solucionador {status}, brecha {gap:.2%}.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/atomic.py" line="179"/>
        <source>The output folder &apos;{path}&apos; cannot be written ({reason}): choose another folder.</source>
        <translation>No se puede escribir en la carpeta de salida «{path}» ({reason}): elija otra carpeta.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/qgis_io/export.py" line="202"/>
        <source>Writing layer {layer} to {path} failed: {reason}</source>
        <translation>Falló la escritura de la capa {layer} en {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/qgis_io/export.py" line="214"/>
        <source>Protected areas</source>
        <translation>Áreas protegidas</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/qgis_io/export.py" line="215"/>
        <source>Species ranges</source>
        <translation>Áreas de distribución de las especies</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/qgis_io/layouts.py" line="948"/>
        <source>Countries</source>
        <translation>Países</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/qgis_io/export.py" line="418"/>
        <source>Could not reopen layer {layer} from {path}.</source>
        <translation>No se pudo volver a abrir la capa {layer} desde {path}.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/qgis_io/export.py" line="426"/>
        <source>{countries}: {selected:.1f} % of the study area in the network, {met} of {total} species-season targets met, {n} TFCA candidate(s) ({solver}, {status}, gap {gap:.2%}).</source>
        <translation>{countries}: {selected:.1f} % del área de estudio en la red, {met} de {total} metas por especie y temporada alcanzadas, {n} candidata(s) ACTF ({solver}, {status}, brecha {gap:.2%}).</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/qgis_io/export.py" line="441"/>
        <source>Migratory species network and TFCA candidates</source>
        <translation>Red para especies migratorias y candidatas ACTF</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/qgis_io/layers.py" line="51"/>
        <source>QGIS&apos;s world map ({path}) could not be opened: reinstall QGIS&apos;s data (Debian package qgis-common) or choose a border layer.</source>
        <translation>No se pudo abrir el mapa mundial de QGIS ({path}): reinstale los datos de QGIS (paquete Debian qgis-common) o elija una capa de fronteras.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/qgis_io/layouts.py" line="147"/>
        <source>Cannot read image {path}.</source>
        <translation>No se puede leer la imagen {path}.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/qgis_io/layouts.py" line="783"/>
        <source>The overview map has no layers to show.</source>
        <translation>El mapa general no tiene capas que mostrar.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/qgis_io/layouts.py" line="549"/>
        <source>Exported on {date}</source>
        <translation>Exportado el {date}</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/qgis_io/layouts.py" line="727"/>
        <source>Cannot export the map: invalid layers: {names}.</source>
        <translation>No se puede exportar el mapa: capas no válidas: {names}.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/qgis_io/layouts.py" line="656"/>
        <source>Legend</source>
        <translation>Leyenda</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/qgis_io/layouts.py" line="525"/>
        <source>North arrow symbol {name} not found in the QGIS SVG paths.</source>
        <translation>No se encontró el símbolo de flecha de norte {name} en las rutas SVG de QGIS.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/qgis_io/layouts.py" line="237"/>
        <source>Cannot export the map: no layer has a coordinate reference system.</source>
        <translation>No se puede exportar el mapa: ninguna capa tiene sistema de referencia de coordenadas.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/qgis_io/layouts.py" line="269"/>
        <source>Cannot export the map: the layers to zoom to ({names}) have no features.</source>
        <translation>No se puede exportar el mapa: las capas a las que hacer zoom ({names}) no tienen entidades.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/qgis_io/layouts.py" line="338"/>
        <source>The exported image {path} is blank.</source>
        <translation>La imagen exportada {path} está en blanco.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/qgis_io/layouts.py" line="360"/>
        <source>QGIS could not export {path} (exporter error {code}).</source>
        <translation>QGIS no pudo exportar {path} (error del exportador {code}).</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/qgis_io/layouts.py" line="376"/>
        <source>The export to {path} produced an empty file.</source>
        <translation>La exportación a {path} produjo un archivo vacío.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/qgis_io/layouts.py" line="416"/>
        <source>The map in the layout rendered blank; check that the layers have features.</source>
        <translation>El mapa del diseño se representó en blanco; compruebe que las capas tengan entidades.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/qgis_io/styles.py" line="41"/>
        <source>Existing protected (locked in)</source>
        <translation>Protegida existente (fijada)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/qgis_io/styles.py" line="41"/>
        <source>Selected by the plan</source>
        <translation>Seleccionada por el plan</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/qgis_io/styles.py" line="41"/>
        <source>Not selected</source>
        <translation>No seleccionada</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/qgis_io/styles.py" line="41"/>
        <source>Resident</source>
        <translation>Residente</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/qgis_io/styles.py" line="41"/>
        <source>Breeding</source>
        <translation>Reproductiva</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/qgis_io/styles.py" line="41"/>
        <source>Non-breeding</source>
        <translation>No reproductiva</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/qgis_io/styles.py" line="41"/>
        <source>Passage</source>
        <translation>De paso</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/qgis_io/styles.py" line="77"/>
        <source>Style file not found: {path}. Reinstall the plugin.</source>
        <translation>No se encontró el archivo de estilo: {path}. Reinstale el complemento.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/qgis_io/styles.py" line="85"/>
        <source>Style file {path} is not valid XML (line {line}): {error}</source>
        <translation>El archivo de estilo {path} no es un XML válido (línea {line}): {error}</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/qgis_io/styles.py" line="92"/>
        <source>Could not apply style {path} to layer &apos;{layer}&apos;: {error}</source>
        <translation>No se pudo aplicar el estilo {path} a la capa «{layer}»: {error}</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/qgis_io/styles.py" line="111"/>
        <source>Cannot save style &apos;{name}&apos;: the layer is not a valid vector layer.</source>
        <translation>No se puede guardar el estilo «{name}»: la capa no es una capa vectorial válida.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/qgis_io/styles.py" line="118"/>
        <source>Cannot save style &apos;{name}&apos; in &apos;{source}&apos;: it is not a GeoPackage.</source>
        <translation>No se puede guardar el estilo «{name}» en «{source}»: no es un GeoPackage.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/qgis_io/styles.py" line="125"/>
        <source>CMS Connectivity Planner style</source>
        <translation>Estilo de Planificador de conectividad CMS</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/qgis_io/styles.py" line="128"/>
        <source>Could not save style &apos;{name}&apos; in {source}: {error}</source>
        <translation>No se pudo guardar el estilo «{name}» en {source}: {error}</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/calibration.py" line="47"/>
        <source>Calibrating the BLM needs boundary data: add the boundary table to the problem.</source>
        <translation>La calibración del BLM necesita los datos de borde: agregue la tabla de bordes al problema.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/calibration.py" line="93"/>
        <source>Give at least one BLM for the trade-off curve.</source>
        <translation>Indique al menos un BLM para la curva de compromiso.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/calibration.py" line="96"/>
        <source>The BLM {value} is not valid: every BLM must be a finite number of 0 or more.</source>
        <translation>El BLM {value} no es válido: cada BLM debe ser un número finito mayor o igual a 0.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/calibration.py" line="156"/>
        <source>The cost cap has {count} costs for {n} planning units.</source>
        <translation>El tope de costo tiene {count} costos para {n} unidades de planificación.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/calibration.py" line="278"/>
        <source>Cohon&apos;s BLM weighs cost against boundary, so it needs the minimum-set objective, not {objective}; draw the trade-off curve instead.</source>
        <translation>El BLM de Cohon pondera el costo frente al borde, por lo que necesita el objetivo de conjunto mínimo, no {objective}; trace en su lugar la curva de compromiso.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/calibration.py" line="284"/>
        <source>Cohon&apos;s BLM</source>
        <translation>El BLM de Cohon</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/calibration.py" line="315"/>
        <source>The cheapest selection already has the shortest boundary ({boundary:.6g}), so cost and boundary do not conflict: every BLM gives the same result; BLM 0 is returned.</source>
        <translation>La selección más barata ya tiene el borde más corto ({boundary:.6g}), así que costo y borde no se contraponen: todos los BLM dan el mismo resultado; se devuelve BLM 0.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/calibration.py" line="383"/>
        <source>There are no trade-off points to plot: solve at least one BLM.</source>
        <translation>No hay puntos de compromiso que graficar: resuelva al menos un BLM.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/calibration.py" line="386"/>
        <source>The folder {folder} does not exist: choose an existing folder for the plot.</source>
        <translation>La carpeta {folder} no existe: elija una carpeta existente para el gráfico.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/calibration.py" line="414"/>
        <source>BLM {values}</source>
        <translation>BLM {values}</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/calibration.py" line="416"/>
        <source>BLM {low:g} to {high:g} ({count} values)</source>
        <translation>BLM de {low:g} a {high:g} ({count} valores)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/calibration.py" line="435"/>
        <source>chosen BLM {value:g}</source>
        <translation>BLM elegido {value:g}</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/calibration.py" line="452"/>
        <source>Boundary length</source>
        <translation>Longitud de borde</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/calibration.py" line="453"/>
        <source>Cost</source>
        <translation>Costo</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/calibration.py" line="454"/>
        <source>Cost against boundary length by BLM</source>
        <translation>Costo frente a longitud de borde, por BLM</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/conefor.py" line="145"/>
        <source>The option {option} needs a number, not &apos;{value}&apos;.</source>
        <translation>La opción {option} requiere un número, no «{value}».</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/conefor.py" line="151"/>
        <source>The option {option} needs a finite number, not &apos;{value}&apos;.</source>
        <translation>La opción {option} requiere un número finito, no «{value}».</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/conefor.py" line="168"/>
        <source>The option {option} needs a value.</source>
        <translation>La opción {option} requiere un valor.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/conefor.py" line="184"/>
        <source>-t must be followed by dist or prob (got &apos;{value}&apos;); links files (-t links) are not supported.</source>
        <translation>-t debe ir seguido de dist o prob (se recibió «{value}»); los archivos de enlaces (-t links) no se admiten.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/conefor.py" line="220"/>
        <source>The Conefor option {option} ({what}) is not supported by this drop-in: remove it (node importance, PC, IIC and their fractions are supported).</source>
        <translation>La opción de Conefor {option} ({what}) no es compatible con este reemplazo: quítela (se admiten la importancia de los nodos, PC, IIC y sus fracciones).</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/conefor.py" line="230"/>
        <source>Unknown Conefor option &apos;{option}&apos;. {usage}</source>
        <translation>Opción de Conefor desconocida «{option}». {usage}</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/conefor.py" line="243"/>
        <source>Both -nodeFile and -conFile are required. {usage}</source>
        <translation>Se requieren tanto -nodeFile como -conFile. {usage}</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/conefor.py" line="247"/>
        <source>No index was asked for: add -PC and/or -IIC (or -F, -AWF, -NC, -NL, -H, -CCP, -LCP).</source>
        <translation>No se pidió ningún índice: agregue -PC y/o -IIC (o -F, -AWF, -NC, -NL, -H, -CCP, -LCP).</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/conefor.py" line="256"/>
        <source>The probabilistic indices ({indices}) on a distance file need -confProb DISTANCE PROBABILITY, e.g. -confProb 10000 0.5.</source>
        <translation>Los índices probabilísticos ({indices}) sobre un archivo de distancias necesitan -confProb DISTANCIA PROBABILIDAD, p. ej. -confProb 10000 0.5.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/conefor.py" line="263"/>
        <source>The binary indices ({indices}) need -confAdj THRESHOLD: the longest distance (or smallest probability) at which two nodes are linked.</source>
        <translation>Los índices binarios ({indices}) necesitan -confAdj UMBRAL: la mayor distancia (o la menor probabilidad) a la que dos nodos están enlazados.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/conefor.py" line="272"/>
        <source>-confProb needs a positive distance and a probability between 0 and 1 (got {d:g} {p:g}).</source>
        <translation>-confProb necesita una distancia positiva y una probabilidad entre 0 y 1 (se recibió {d:g} {p:g}).</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/conefor.py" line="286"/>
        <source>-add reports node importance: remove onlyoverall to use it.</source>
        <translation>-add informa la importancia de los nodos: quite onlyoverall para usarlo.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/conefor.py" line="298"/>
        <source>The {what} &apos;{path}&apos; does not exist: check the path.</source>
        <translation>El {what} «{path}» no existe: revise la ruta.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/conefor.py" line="325"/>
        <source>node file</source>
        <translation>archivo de nodos</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/conefor.py" line="327"/>
        <source>Line {line} of the node file &apos;{path}&apos; has {n} column(s): write &apos;id attribute&apos;{extra} separated by tabs or spaces.</source>
        <translation>La línea {line} del archivo de nodos «{path}» tiene {n} columna(s): escriba «id atributo»{extra} separados por tabulaciones o espacios.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/conefor.py" line="357"/>
        <source>Line {line} of the node file &apos;{path}&apos;: with -add the third column must be 1 (existing node) or 0 (candidate), not &apos;{value}&apos;.</source>
        <translation>Línea {line} del archivo de nodos «{path}»: con -add la tercera columna debe ser 1 (nodo existente) o 0 (candidato), no «{value}».</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/conefor.py" line="367"/>
        <source>The node file &apos;{path}&apos; lists no node: write one &apos;id attribute&apos; per line.</source>
        <translation>El archivo de nodos «{path}» no contiene ningún nodo: escriba un «id atributo» por línea.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/conefor.py" line="391"/>
        <source>connection file</source>
        <translation>archivo de conexiones</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/conefor.py" line="401"/>
        <source>Line {line} of the connection file &apos;{path}&apos; has {n} column(s): write &apos;id1 id2 {what}&apos;.</source>
        <translation>La línea {line} del archivo de conexiones «{path}» tiene {n} columna(s): escriba «id1 id2 {what}».</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/conefor.py" line="409"/>
        <source>Line {line} of the connection file &apos;{path}&apos; names node {id}, which is not in the node file: add the node or fix the id.</source>
        <translation>La línea {line} del archivo de conexiones «{path}» menciona el nodo {id}, que no está en el archivo de nodos: agregue el nodo o corrija el id.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/conefor.py" line="421"/>
        <source>Line {line} of the connection file &apos;{path}&apos;: &apos;{value}&apos; is not a valid {what}.</source>
        <translation>Línea {line} del archivo de conexiones «{path}»: «{value}» no es un valor válido de {what}.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/conefor.py" line="466"/>
        <source>distance (0 or more)</source>
        <translation>distancia (0 o más)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/conefor.py" line="466"/>
        <source>probability (0 to 1)</source>
        <translation>probabilidad (0 a 1)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/conefor.py" line="623"/>
        <source>&apos;all&apos; was given but the connection file lists {listed} of the {expected} pairs; the missing pairs are treated as not connected (as with notall).</source>
        <translation>Se indicó «all», pero el archivo de conexiones solo enumera {listed} de los {expected} pares; los pares que faltan se consideran no conectados (como con notall).</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/conefor.py" line="826"/>
        <source>-*: the node file &apos;{node}&apos; has no connection file &apos;{con}&apos;: name both files with the same suffix.</source>
        <translation>-*: el archivo de nodos «{node}» no tiene archivo de conexiones «{con}»: nombre ambos archivos con el mismo sufijo.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/conefor.py" line="837"/>
        <source>-*: no node file starts with &apos;{prefix}&apos; in &apos;{folder}&apos;.</source>
        <translation>-*: ningún archivo de nodos empieza por «{prefix}» en «{folder}».</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/corridors.py" line="127"/>
        <source>The resistance raster &apos;{raster}&apos; has no coordinate reference system: assign one (Raster &gt; Projections &gt; Assign Projection).</source>
        <translation>El ráster de resistencia «{raster}» no tiene sistema de referencia de coordenadas: asígnele uno (Ráster &gt; Proyecciones &gt; Asignar proyección).</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/corridors.py" line="137"/>
        <source>The resistance raster &apos;{raster}&apos; is in a geographic CRS ({crs}, degrees), so cost distances would mix degrees and metres: warp it to a projected CRS in metres (Raster &gt; Projections &gt; Warp), e.g. the UTM zone or a Lambert azimuthal equal-area CRS of the study area.</source>
        <translation>El ráster de resistencia «{raster}» está en un CRS geográfico ({crs}, en grados), por lo que las distancias de costo mezclarían grados y metros: reproyéctelo a un CRS proyectado en metros (Ráster &gt; Proyecciones &gt; Combar (reproyectar)), p. ej. la zona UTM o un CRS acimutal equivalente de Lambert del área de estudio.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/corridors.py" line="165"/>
        <source>The resistance raster &apos;{raster}&apos; is not a 2-D grid: choose a single band.</source>
        <translation>El ráster de resistencia «{raster}» no es una cuadrícula 2D: elija una sola banda.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/corridors.py" line="173"/>
        <source>The resistance raster &apos;{raster}&apos; is rotated: warp it to a north-up grid (Raster &gt; Projections &gt; Warp) and choose the result.</source>
        <translation>El ráster de resistencia «{raster}» está rotado: reproyéctelo a una cuadrícula orientada al norte (Ráster &gt; Proyecciones &gt; Combar (reproyectar)) y elija el resultado.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/corridors.py" line="180"/>
        <source>The resistance raster &apos;{raster}&apos; has a cell size of 0: fix its georeferencing.</source>
        <translation>El ráster de resistencia «{raster}» tiene un tamaño de celda de 0: corrija su georreferenciación.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/corridors.py" line="190"/>
        <source>The resistance raster &apos;{raster}&apos; has no valid cell (all nodata): choose another raster or band, or fix its nodata value.</source>
        <translation>El ráster de resistencia «{raster}» no tiene ninguna celda válida (todo es nodata): elija otro ráster o banda, o corrija su valor nodata.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/corridors.py" line="198"/>
        <source>The resistance raster &apos;{raster}&apos; has {n} cell(s) with a resistance of 0 or less (lowest {low:g}): resistances must be greater than 0; reclassify those cells (e.g. to 1) or set them to nodata to make them impassable.</source>
        <translation>El ráster de resistencia «{raster}» tiene {n} celda(s) con una resistencia de 0 o menos (mínimo {low:g}): las resistencias deben ser mayores que 0; reclasifique esas celdas (p. ej. a 1) o páselas a nodata para hacerlas infranqueables.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/corridors.py" line="250"/>
        <source>The resistance raster &apos;{raster}&apos; could not be opened ({reason}): choose a GeoTIFF or another raster file that GDAL reads.</source>
        <translation>No se pudo abrir el ráster de resistencia «{raster}» ({reason}): elija un GeoTIFF u otro archivo ráster que GDAL pueda leer.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/costs.py" line="199"/>
        <source>unknown format</source>
        <translation>formato desconocido</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/corridors.py" line="260"/>
        <source>The resistance raster &apos;{raster}&apos; has no band {band}: choose a band from 1 to {n}.</source>
        <translation>El ráster de resistencia «{raster}» no tiene banda {band}: elija una banda de 1 a {n}.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/corridors.py" line="325"/>
        <source>The raster &apos;{path}&apos; could not be written: choose a writable file name.</source>
        <translation>No se pudo escribir el ráster «{path}»: elija un nombre de archivo con permiso de escritura.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/corridors.py" line="376"/>
        <source>Core area(s) {ids} of &apos;{layer}&apos; lie outside the resistance raster &apos;{raster}&apos;: use a raster that covers every core, or leave those cores out.</source>
        <translation>Las áreas núcleo {ids} de «{layer}» quedan fuera del ráster de resistencia «{raster}»: use un ráster que cubra todas las áreas núcleo o excluya esas áreas.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/corridors.py" line="390"/>
        <source>Core area(s) {ids} of &apos;{layer}&apos; cover only nodata cells of the resistance raster &apos;{raster}&apos;: give those cells a resistance, or leave those cores out.</source>
        <translation>Las áreas núcleo {ids} de «{layer}» solo cubren celdas nodata del ráster de resistencia «{raster}»: asigne una resistencia a esas celdas o excluya esas áreas.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/corridors.py" line="564"/>
        <source>The current-flow solve did not converge ({n} unknowns): restrict current flow to the corridors, or coarsen the resistance raster.</source>
        <translation>El cálculo del flujo de corriente no convergió ({n} incógnitas): limite el flujo de corriente a los corredores o use un ráster de resistencia más grueso.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/corridors.py" line="763"/>
        <source>Unknown averaging &apos;{value}&apos;: use one of {values}.</source>
        <translation>Promedio «{value}» desconocido: use uno de {values}.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/corridors.py" line="605"/>
        <source>Current flow needs source and ground cells with a valid resistance: check that both cores lie on valid cells of the resistance raster.</source>
        <translation>El flujo de corriente necesita celdas de fuente y de tierra con una resistencia válida: compruebe que ambas áreas núcleo estén sobre celdas válidas del ráster de resistencia.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/corridors.py" line="685"/>
        <source>The {what} must be a number greater than 0 (got {value}).</source>
        <translation>El parámetro «{what}» debe ser un número mayor que 0 (se recibió {value}).</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/corridors.py" line="753"/>
        <source>corridor width (cost units)</source>
        <translation>ancho del corredor (unidades de costo)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/corridors.py" line="754"/>
        <source>maximum distance between cores</source>
        <translation>distancia máxima entre áreas núcleo</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/corridors.py" line="755"/>
        <source>maximum cost distance</source>
        <translation>distancia de costo máxima</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/corridors.py" line="757"/>
        <source>The number of nearest cores to link must be 1 or more (got {value}).</source>
        <translation>El número de áreas núcleo más cercanas que enlazar debe ser 1 o más (se recibió {value}).</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/vector.py" line="80"/>
        <source>The layer &apos;{layer}&apos; has no coordinate reference system: set one in its properties (Layer &gt; Set CRS).</source>
        <translation>La capa «{layer}» no tiene sistema de referencia de coordenadas: asígnele uno en sus propiedades (Capa &gt; Establecer el CRS de la capa).</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/corridors.py" line="779"/>
        <source>Core area(s) {ids} of &apos;{layer}&apos; have no geometry: fix or delete those features.</source>
        <translation>Las áreas núcleo {ids} de «{layer}» no tienen geometría: corrija o elimine esas entidades.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/corridors.py" line="785"/>
        <source>The layer &apos;{layer}&apos; has {n} core area(s): corridors need at least two.</source>
        <translation>La capa «{layer}» tiene {n} área(s) núcleo: los corredores necesitan al menos dos.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/corridors.py" line="796"/>
        <source>No two cores of &apos;{layer}&apos; are within the maximum distance ({distance:g} map units): increase the maximum distance, or leave it empty.</source>
        <translation>Ningún par de áreas núcleo de «{layer}» está dentro de la distancia máxima ({distance:g} unidades del mapa): aumente la distancia máxima o déjela vacía.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/corridors.py" line="815"/>
        <source>Corridors cancelled.</source>
        <translation>Corredores cancelados.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/corridors.py" line="864"/>
        <source>resistance x map units</source>
        <translation>resistencia x unidades del mapa</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/flyway.py" line="131"/>
        <source>The role &apos;{role}&apos; is unknown: use one of {roles}.</source>
        <translation>El rol «{role}» es desconocido: use uno de {roles}.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/flyway.py" line="142"/>
        <source>The field &apos;{field}&apos; of &apos;{layer}&apos; has values that are not a site role: {values}. Use breeding, stopover (or passage) and non-breeding (or wintering), or IUCN codes 2, 4, 3.</source>
        <translation>El campo «{field}» de «{layer}» tiene valores que no son un rol de sitio: {values}. Use breeding (reproducción), stopover (o passage, escala) y non-breeding (o wintering, no reproductiva), o los códigos UICN 2, 4, 3.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/flyway.py" line="182"/>
        <source>The columns &apos;{lon}&apos; / &apos;{lat}&apos; of &apos;{layer}&apos; are not valid longitudes / latitudes in degrees for site(s) {ids}: fix those values.</source>
        <translation>Las columnas «{lon}» / «{lat}» de «{layer}» no son longitudes / latitudes válidas en grados para el/los sitio(s) {ids}: corrija esos valores.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/units.py" line="56"/>
        <source>The layer &apos;{layer}&apos; has no field &apos;{field}&apos;: choose one of {fields}.</source>
        <translation>La capa «{layer}» no tiene el campo «{field}»: elija uno de {fields}.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/flyway.py" line="251"/>
        <source>Site(s) {ids} of &apos;{layer}&apos; have no geometry: fix or delete those features.</source>
        <translation>El/los sitio(s) {ids} de «{layer}» no tienen geometría: corrija o elimine esas entidades.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/flyway.py" line="258"/>
        <source>The layer &apos;{layer}&apos; has line geometries: flyway sites must be points or polygons.</source>
        <translation>La capa «{layer}» tiene geometrías de línea: los sitios de una ruta migratoria deben ser puntos o polígonos.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/flyway.py" line="267"/>
        <source>The id field &apos;{field}&apos; of &apos;{layer}&apos; has duplicates: choose a field with one value per site.</source>
        <translation>El campo de id «{field}» de «{layer}» tiene duplicados: elija un campo con un valor por sitio.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/flyway.py" line="282"/>
        <source>The weight field &apos;{field}&apos; of &apos;{layer}&apos; is empty, negative or not a number for site(s) {ids}: fill it with counts (e.g. birds) or leave it empty.</source>
        <translation>El campo de peso «{field}» de «{layer}» está vacío, es negativo o no es un número para el/los sitio(s) {ids}: rellénelo con conteos (p. ej. de aves) o déjelo vacío.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/flyway.py" line="416"/>
        <source>The maximum hop distance must be greater than 0 km (got {value}).</source>
        <translation>La distancia máxima de salto debe ser mayor que 0 km (se recibió {value}).</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/flyway.py" line="422"/>
        <source>Unknown distance &apos;{value}&apos;: use one of {values}.</source>
        <translation>Distancia «{value}» desconocida: use una de {values}.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/flyway.py" line="428"/>
        <source>The minimum progress per hop must be 0 km or more (got {value}).</source>
        <translation>El avance mínimo por salto debe ser de 0 km o más (se recibió {value}).</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/tracks.py" line="468"/>
        <source>breeding</source>
        <translation>reproductiva</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/tracks.py" line="468"/>
        <source>non-breeding</source>
        <translation>no reproductiva</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/flyway.py" line="437"/>
        <source>&apos;{layer}&apos; has no {role} site: a flyway network needs breeding and non-breeding sites (check the role field).</source>
        <translation>«{layer}» no tiene ningún sitio «{role}»: una red de ruta migratoria necesita sitios de reproducción y sitios no reproductivos (revise el campo de rol).</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/flyway.py" line="452"/>
        <source>The breeding and non-breeding sites of &apos;{layer}&apos; have the same centre, so there is no migration direction: check the role field.</source>
        <translation>Los sitios de reproducción y los no reproductivos de «{layer}» tienen el mismo centro, así que no hay dirección de migración: revise el campo de rol.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/flyway.py" line="677"/>
        <source>The protected share must be between 0 and 1 (got {value}).</source>
        <translation>La proporción protegida debe estar entre 0 y 1 (se recibió {value}).</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/flyway.py" line="709"/>
        <source>The protected-area layer has no coordinate reference system: set one in its properties (Layer &gt; Set CRS).</source>
        <translation>La capa de áreas protegidas no tiene sistema de referencia de coordenadas: asígnele uno en sus propiedades (Capa &gt; Establecer el CRS de la capa).</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/graph.py" line="80"/>
        <source>The distance type &apos;{value}&apos; is unknown: use one of {types}.</source>
        <translation>El tipo de distancia «{value}» es desconocido: use uno de {types}.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/graph.py" line="86"/>
        <source>The dispersal kernel &apos;{value}&apos; is unknown: use &apos;exponential&apos;.</source>
        <translation>El núcleo de dispersión «{value}» es desconocido: use «exponential».</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/graph.py" line="92"/>
        <source>The median dispersal distance must be a positive number (got {value}): give the distance at which half of the dispersers arrive, e.g. 10 km.</source>
        <translation>La distancia de dispersión mediana debe ser un número positivo (se recibió {value}): indique la distancia a la que llega la mitad de los individuos que se dispersan, p. ej. 10 km.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/graph.py" line="99"/>
        <source>The dispersal probability at the median distance must be between 0 and 1, exclusive (got {value}): use 0.5 for a median dispersal distance.</source>
        <translation>La probabilidad de dispersión a la distancia mediana debe estar entre 0 y 1, sin incluirlos (se recibió {value}): use 0.5 para una distancia de dispersión mediana.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/graph.py" line="106"/>
        <source>The link pruning threshold pij_min must be in [0, 1) (got {value}): use 0.001, or 0 to keep every link.</source>
        <translation>El umbral de poda de enlaces pij_min debe estar en [0, 1) (se recibió {value}): use 0.001, o 0 para conservar todos los enlaces.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/graph.py" line="113"/>
        <source>The link cut-off distance must be 0 or more (got {value}).</source>
        <translation>La distancia de corte de los enlaces debe ser 0 o más (se recibió {value}).</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/graph.py" line="119"/>
        <source>The IIC link distance must be 0 or more (got {value}).</source>
        <translation>La distancia de enlace del IIC debe ser 0 o más (se recibió {value}).</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/graph.py" line="241"/>
        <source>The graph was built with links up to {built:g} but the parameters need links up to {needed:g}: rebuild it with the larger cut-off.</source>
        <translation>El grafo se construyó con enlaces de hasta {built:g}, pero los parámetros necesitan enlaces de hasta {needed:g}: reconstrúyalo con el corte mayor.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/graph.py" line="287"/>
        <source>The layer &apos;{layer}&apos; has {n} site(s) without geometry (feature ids {ids}): remove them or repair their geometry.</source>
        <translation>La capa «{layer}» tiene {n} sitio(s) sin geometría (id de entidad {ids}): elimínelos o repare su geometría.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/graph.py" line="325"/>
        <source>Without a cut-off every pair of the {n} sites would be a link ({pairs:,} pairs): give a cut-off distance or a pruning threshold pij_min above 0 (0.001 is usual).</source>
        <translation>Sin un corte, cada par de los {n} sitios sería un enlace ({pairs:,} pares): indique una distancia de corte o un umbral de poda pij_min mayor que 0 (lo habitual es 0.001).</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/graph.py" line="360"/>
        <source>A distance table is needed for the distance type &apos;table&apos;: give the table, or choose edge-to-edge or centroid distances.</source>
        <translation>Se necesita una tabla de distancias para el tipo de distancia «table»: indique la tabla o elija distancias de borde a borde o entre centroides.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/graph.py" line="367"/>
        <source>The layer &apos;{layer}&apos; has no sites: choose a layer with polygons.</source>
        <translation>La capa «{layer}» no tiene sitios: elija una capa de polígonos.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/graph.py" line="439"/>
        <source>The attribute &apos;{field}&apos; of layer &apos;{layer}&apos; is missing, not a number or negative for {n} site(s) (feature ids {ids}): fill in values of 0 or more, or use the area.</source>
        <translation>El atributo «{field}» de la capa «{layer}» falta, no es un número o es negativo para {n} sitio(s) (id de entidad {ids}): introduzca valores de 0 o más, o use la superficie.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/graph.py" line="470"/>
        <source>The node id {id} appears twice in {source}: give each node one id.</source>
        <translation>El id de nodo {id} aparece dos veces en {source}: dé a cada nodo un único id.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/graph.py" line="480"/>
        <source>Line {line} of {source} names node {id}, which is not among the nodes: fix the id or add the node.</source>
        <translation>La línea {line} de {source} menciona el nodo {id}, que no está entre los nodos: corrija el id o agregue el nodo.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/graph.py" line="491"/>
        <source>Line {line} of {source} has the distance &apos;{value}&apos;: distances must be numbers of 0 or more.</source>
        <translation>La línea {line} de {source} tiene la distancia «{value}»: las distancias deben ser números de 0 o más.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/indices.py" line="165"/>
        <source>Node attributes must be numbers of 0 or more.</source>
        <translation>Los atributos de los nodos deben ser números de 0 o más.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/indices.py" line="171"/>
        <source>A link names a node that does not exist.</source>
        <translation>Un enlace menciona un nodo que no existe.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/indices.py" line="173"/>
        <source>Link probabilities must be between 0 and 1.</source>
        <translation>Las probabilidades de los enlaces deben estar entre 0 y 1.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/indices.py" line="194"/>
        <source>The connectivity index &apos;{value}&apos; is unknown: use PC or IIC.</source>
        <translation>El índice de conectividad «{value}» es desconocido: use PC o IIC.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/indices.py" line="478"/>
        <source>The landscape area must be a positive number (got {value}).</source>
        <translation>La superficie del paisaje debe ser un número positivo (se recibió {value}).</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/indices.py" line="639"/>
        <source>The method &apos;{value}&apos; is unknown: use one of {methods}.</source>
        <translation>El método «{value}» es desconocido: use uno de {methods}.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/protconn.py" line="464"/>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/indices.py" line="1417"/>
        <source>The existing-node mask must have one value per node.</source>
        <translation>La máscara de nodos existentes debe tener un valor por nodo.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/qgis_io/sinks.py" line="45"/>
        <source>polygons</source>
        <translation>polígonos</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/indices.py" line="1571"/>
        <source>connectivity</source>
        <translation>conectividad</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/indices.py" line="1577"/>
        <source>The layer &apos;{layer}&apos; has no field &apos;{field}&apos; (its fields: {fields}): choose a numeric field or leave it empty to use the area.</source>
        <translation>La capa «{layer}» no tiene el campo «{field}» (sus campos: {fields}): elija un campo numérico o déjelo vacío para usar la superficie.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/protconn.py" line="152"/>
        <source>No dispersal distance was given: give at least one, e.g. 1, 10, 100 km.</source>
        <translation>No se indicó ninguna distancia de dispersión: indique al menos una, p. ej. 1, 10, 100 km.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/protconn.py" line="164"/>
        <source>ProtConn needs edge-to-edge or centroid distances (got &apos;{value}&apos;).</source>
        <translation>ProtConn necesita distancias de borde a borde o entre centroides (se recibió «{value}»).</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/protconn.py" line="170"/>
        <source>The transboundary buffer must be 0 km or more (got {value}).</source>
        <translation>El búfer transfronterizo debe ser de 0 km o más (se recibió {value}).</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/protconn.py" line="1086"/>
        <source>{code}: {n} part(s) farther than {km:g} km from the mainland (overseas territories) were left out of the country&apos;s area.</source>
        <translation>{code}: {n} parte(s) a más de {km:g} km del territorio continental (territorios de ultramar) se excluyeron de la superficie del país.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/protconn.py" line="1093"/>
        <source>{code}: no protected area inside the country; ProtConn is 0.</source>
        <translation>{code}: no hay ningún área protegida dentro del país; ProtConn es 0.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/costs.py" line="73"/>
        <source>Unknown cost type &apos;{kind}&apos;: use one of {kinds}.</source>
        <translation>Tipo de costo «{kind}» desconocido: use uno de {kinds}.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/costs.py" line="79"/>
        <source>A cost from a field needs the field&apos;s name: choose a field.</source>
        <translation>Un costo a partir de un campo necesita el nombre del campo: elija un campo.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/costs.py" line="81"/>
        <source>A cost from a raster needs the raster: choose a raster file.</source>
        <translation>Un costo a partir de un ráster necesita el ráster: elija un archivo ráster.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/costs.py" line="83"/>
        <source>Unknown rule &apos;{rule}&apos; for units without cost: use one of {rules}.</source>
        <translation>Regla «{rule}» desconocida para las unidades sin costo: use una de {rules}.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/costs.py" line="102"/>
        <source>The cost field &apos;{field}&apos; of &apos;{layer}&apos; is empty (NULL) for unit(s) {ids}: fill these values or choose another cost.</source>
        <translation>El campo de costo «{field}» de «{layer}» está vacío (NULL) para la(s) unidad(es) {ids}: rellene esos valores o elija otro costo.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/costs.py" line="116"/>
        <source>The cost field &apos;{field}&apos; of &apos;{layer}&apos; is not a finite number for unit(s) {ids}: fix these values or choose a numeric field.</source>
        <translation>El campo de costo «{field}» de «{layer}» no es un número finito para la(s) unidad(es) {ids}: corrija esos valores o elija un campo numérico.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/costs.py" line="124"/>
        <source>The cost field &apos;{field}&apos; of &apos;{layer}&apos; is negative for unit(s) {ids}: costs must be zero or more; fix these values.</source>
        <translation>El campo de costo «{field}» de «{layer}» es negativo para la(s) unidad(es) {ids}: los costos deben ser cero o más; corrija esos valores.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/costs.py" line="162"/>
        <source>The cost raster &apos;{raster}&apos; could not be read (rows {row}..{last}): check that the file is complete and readable.</source>
        <translation>No se pudo leer el ráster de costo «{raster}» (filas {row}..{last}): compruebe que el archivo esté completo y sea legible.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/costs.py" line="199"/>
        <source>The cost raster &apos;{raster}&apos; could not be opened ({reason}): choose a GeoTIFF or another raster file that GDAL reads.</source>
        <translation>No se pudo abrir el ráster de costo «{raster}» ({reason}): elija un GeoTIFF u otro archivo ráster que GDAL pueda leer.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/costs.py" line="206"/>
        <source>The cost raster &apos;{raster}&apos; has no band {band}: choose a band from 1 to {n}.</source>
        <translation>El ráster de costo «{raster}» no tiene banda {band}: elija una banda de 1 a {n}.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/costs.py" line="213"/>
        <source>The cost raster &apos;{raster}&apos; has no coordinate reference system: assign one (Raster &gt; Projections &gt; Assign Projection).</source>
        <translation>El ráster de costo «{raster}» no tiene sistema de referencia de coordenadas: asígnele uno (Ráster &gt; Proyecciones &gt; Asignar proyección).</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/costs.py" line="221"/>
        <source>The cost raster &apos;{raster}&apos; is rotated: warp it to a north-up grid (Raster &gt; Projections &gt; Warp) and choose the result.</source>
        <translation>El ráster de costo «{raster}» está rotado: reproyéctelo a una cuadrícula orientada al norte (Ráster &gt; Proyecciones &gt; Combar (reproyectar)) y elija el resultado.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/costs.py" line="371"/>
        <source>The cost raster &apos;{raster}&apos; (extent {raster_extent}) does not overlap the planning units (extent {units_extent}, both in the raster&apos;s CRS): choose a raster that covers the study area, or check the raster&apos;s CRS.</source>
        <translation>El ráster de costo «{raster}» (extensión {raster_extent}) no se superpone a las unidades de planificación (extensión {units_extent}, ambas en el CRS del ráster): elija un ráster que cubra el área de estudio o revise el CRS del ráster.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/costs.py" line="400"/>
        <source>{n} planning unit(s) have no valid cell in the cost raster &apos;{raster}&apos; (units {ids}): use a raster that covers the whole study area without nodata there, or give such units the mean cost.</source>
        <translation>{n} unidad(es) de planificación no tienen ninguna celda válida en el ráster de costo «{raster}» (unidades {ids}): use un ráster que cubra toda el área de estudio sin nodata, o asigne a esas unidades el costo medio.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/costs.py" line="409"/>
        <source>The cost raster &apos;{raster}&apos; gives negative costs for unit(s) {ids}: costs must be zero or more; rescale the raster.</source>
        <translation>El ráster de costo «{raster}» da costos negativos para la(s) unidad(es) {ids}: los costos deben ser cero o más; reescale el ráster.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/costs.py" line="446"/>
        <source>A cost from the field &apos;{field}&apos; needs planning units from a layer: choose the layer grid type, or another cost.</source>
        <translation>Un costo a partir del campo «{field}» necesita unidades de planificación tomadas de una capa: elija el tipo de cuadrícula «capa» u otro costo.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/crs.py" line="220"/>
        <source>The CRS {crs} is geographic (degrees), so areas and distances for {purpose} would be wrong: choose a projected equal-area CRS, or leave it empty to use Lambert azimuthal equal-area centred on the study area.</source>
        <translation>El CRS {crs} es geográfico (en grados), por lo que las superficies y distancias para «{purpose}» serían incorrectas: elija un CRS proyectado de igual área, o déjelo vacío para usar la proyección acimutal equivalente de Lambert centrada en el área de estudio.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/evaluate.py" line="103"/>
        <source>There are {count} species labels for {m} features; give the species of every feature.</source>
        <translation>Hay {count} etiquetas de especie para {m} elementos: indique la especie de cada elemento.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/evaluate.py" line="171"/>
        <source>There are {count} country codes for {n} planning units; give one per unit.</source>
        <translation>Hay {count} códigos de país para {n} unidades de planificación: indique uno por unidad.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/evaluate.py" line="178"/>
        <source>There are {count} unit areas for {n} planning units; give one finite area each.</source>
        <translation>Hay {count} superficies de unidad para {n} unidades de planificación: indique una superficie finita para cada una.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/evaluate.py" line="219"/>
        <source>This measure needs the boundary table: give one or add it to the problem.</source>
        <translation>Esta medida necesita la tabla de bordes: indique una o agréguela al problema.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/evaluate.py" line="223"/>
        <source>The boundary data covers {count} planning units but there are {n}.</source>
        <translation>Los datos de borde cubren {count} unidades de planificación, pero hay {n}.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/evaluate.py" line="271"/>
        <source>There are {count} unit areas for {n} planning units; give one per unit.</source>
        <translation>Hay {count} superficies de unidad para {n} unidades de planificación: indique una por unidad.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/tables.py" line="89"/>
        <source>{file} line {line}, column &apos;{column}&apos;: &apos;{value}&apos; is not a finite number; give a number with &apos;.&apos; as decimal separator.</source>
        <translation>{file} línea {line}, columna «{column}»: «{value}» no es un número finito; indique un número con «.» como separador decimal.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/tables.py" line="103"/>
        <source>{file} line {line}, column &apos;{column}&apos;: &apos;{value}&apos; is not a whole number; Marxan ids are integers.</source>
        <translation>{file} línea {line}, columna «{column}»: «{value}» no es un número entero; los id de Marxan son enteros.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/tables.py" line="116"/>
        <source>{file} line {line}: the column &apos;{column}&apos; is missing (columns found: {found}); add it to the header line.</source>
        <translation>{file} línea {line}: falta la columna «{column}» (columnas encontradas: {found}); agréguela a la línea de encabezado.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/tables.py" line="129"/>
        <source>{file} line {line}: {message}</source>
        <translation>{file} línea {line}: {message}</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/tables.py" line="183"/>
        <source>{file} could not be read ({reason}).</source>
        <translation>No se pudo leer {file} ({reason}).</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/tables.py" line="190"/>
        <source>{file} is empty; it needs a header line and one row per record.</source>
        <translation>{file} está vacío; necesita una línea de encabezado y una fila por registro.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/tables.py" line="212"/>
        <source>{file} line {line}: the column &apos;{column}&apos; appears twice in the header; keep one.</source>
        <translation>{file} línea {line}: la columna «{column}» aparece dos veces en el encabezado; conserve solo una.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/tables.py" line="227"/>
        <source>{file} line {line}: {found} values but the header has {count} columns ({columns}); give one value per column.</source>
        <translation>{file} línea {line}: {found} valores, pero el encabezado tiene {count} columnas ({columns}); indique un valor por columna.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/marxan.py" line="280"/>
        <source>input.dat line {line}: {key} is &apos;{value}&apos;, not a number; give a number with &apos;.&apos; as decimal separator.</source>
        <translation>input.dat línea {line}: {key} es «{value}», que no es un número; indique un número con «.» como separador decimal.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/marxan.py" line="291"/>
        <source>input.dat line {line}: {key} is {value}; {fix}</source>
        <translation>input.dat línea {line}: {key} es {value}; {fix}</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/marxan.py" line="303"/>
        <source>give 0 or more.</source>
        <translation>indique 0 o más.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/marxan.py" line="308"/>
        <source>give a whole number of runs, 1 or more.</source>
        <translation>indique un número entero de ejecuciones, 1 o más.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/marxan.py" line="322"/>
        <source>give a relative gap from 0 to below 1, e.g. 0.001.</source>
        <translation>indique una brecha relativa de 0 a menos de 1, p. ej. 0.001.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/marxan.py" line="325"/>
        <source>give a positive number of seconds, or remove it.</source>
        <translation>indique un número positivo de segundos, o quite la línea.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/marxan.py" line="328"/>
        <source>give a share above 0 and at most 1.</source>
        <translation>indique una proporción mayor que 0 y de como máximo 1.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/marxan.py" line="333"/>
        <source>use 0 (do not save), 1 (.dat), 2 (.txt) or 3 (.csv).</source>
        <translation>use 0 (no guardar), 1 (.dat), 2 (.txt) o 3 (.csv).</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/marxan.py" line="427"/>
        <source>input.dat has no {key} and {folder} holds no {name}: add the line &apos;{key} &lt;file name&gt;&apos; to input.dat.</source>
        <translation>input.dat no tiene {key} y {folder} no contiene {name}: agregue la línea «{key} &lt;nombre del archivo&gt;» a input.dat.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/marxan.py" line="437"/>
        <source>input.dat line {line}: {key} names {path}, which does not exist; fix the file name or INPUTDIR.</source>
        <translation>input.dat línea {line}: {key} indica {path}, que no existe; corrija el nombre del archivo o INPUTDIR.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/marxan.py" line="477"/>
        <source>{file} has no planning units: add one row per unit under the header.</source>
        <translation>{file} no tiene unidades de planificación: agregue una fila por unidad debajo del encabezado.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/marxan.py" line="487"/>
        <source>planning unit id {id} is used again (first on line {first}); ids must be unique.</source>
        <translation>el id de unidad de planificación {id} se repite (primero en la línea {first}); los id deben ser únicos.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/marxan.py" line="497"/>
        <source>the cost {value} is negative; costs must be 0 or more.</source>
        <translation>el costo {value} es negativo; los costos deben ser 0 o más.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/marxan.py" line="515"/>
        <source>{file} line {line}: there is neither a &apos;prop&apos; nor a &apos;target&apos; column; add one (prop = share of each feature&apos;s total amount, target = amount).</source>
        <translation>{file} línea {line}: no hay columna «prop» ni columna «target»; agregue una (prop = proporción de la cantidad total de cada elemento, target = cantidad).</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/marxan.py" line="522"/>
        <source>{file} has no features: add one row per feature under the header.</source>
        <translation>{file} no tiene elementos: agregue una fila por elemento debajo del encabezado.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/marxan.py" line="532"/>
        <source>feature id {id} is used again (first on line {first}); ids must be unique.</source>
        <translation>el id de elemento {id} se repite (primero en la línea {first}); los id deben ser únicos.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/marxan.py" line="542"/>
        <source>prop is {value}; give a share from 0 to 1 (0.3 = 30 %).</source>
        <translation>prop es {value}; indique una proporción de 0 a 1 (0.3 = 30 %).</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/marxan.py" line="551"/>
        <source>target is {value}; give an amount of 0 or more.</source>
        <translation>target es {value}; indique una cantidad de 0 o más.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/marxan.py" line="566"/>
        <source>{file}: &apos;{column}&apos; is set for {count} feature(s) (first on line {line}); occurrence, separation and clump targets are not supported by the exact solver and were ignored.</source>
        <translation>{file}: «{column}» está definido para {count} elemento(s) (primero en la línea {line}); las metas de ocurrencia, separación y agrupamiento (clump) no las admite el solucionador exacto y se ignoraron.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/marxan.py" line="605"/>
        <source>the amount {value} is negative; amounts must be 0 or more.</source>
        <translation>la cantidad {value} es negativa; las cantidades deben ser 0 o más.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/marxan.py" line="619"/>
        <source>{file}: {count} row(s) name ids not in {what} (first: {id} on line {line}); they were skipped, as Marxan does.</source>
        <translation>{file}: {count} fila(s) mencionan id que no están en {what} (primero: {id} en la línea {line}); se omitieron, como hace Marxan.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/marxan.py" line="639"/>
        <source>feature {feature} in planning unit {unit} is listed again (first on line {first}); give each pair once.</source>
        <translation>el elemento {feature} en la unidad de planificación {unit} aparece de nuevo (primero en la línea {first}); indique cada par una sola vez.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/marxan.py" line="657"/>
        <source>the boundary {value} is negative; boundary lengths must be 0 or more.</source>
        <translation>el borde {value} es negativo; las longitudes de borde deben ser 0 o más.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/marxan.py" line="670"/>
        <source>{column} {id} is not a planning unit in pu.dat; fix the id or remove the row ({count} such rows).</source>
        <translation>{column} {id} no es una unidad de planificación de pu.dat; corrija el id o elimine la fila ({count} filas así).</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/marxan.py" line="691"/>
        <source>Marxan input file {path} not found; give the path of input.dat or of the folder holding it.</source>
        <translation>No se encontró el archivo de entrada de Marxan {path}; indique la ruta de input.dat o de la carpeta que lo contiene.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/marxan.py" line="710"/>
        <source>input.dat line {line}: INPUTDIR is {folder}, which is not a folder; fix the path (relative paths start at the folder holding input.dat).</source>
        <translation>input.dat línea {line}: INPUTDIR es {folder}, que no es una carpeta; corrija la ruta (las rutas relativas parten de la carpeta que contiene input.dat).</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/marxan.py" line="740"/>
        <source>input.dat line {line}: BLM is {blm} but there is no boundary file; add &apos;BOUNDNAME bound.dat&apos; or set BLM 0.</source>
        <translation>input.dat línea {line}: BLM es {blm} pero no hay archivo de bordes; agregue «BOUNDNAME bound.dat» o ponga BLM en 0.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/marxan.py" line="748"/>
        <source>input.dat line {line}: {key} is not supported; the boundary file is read as symmetric shared edges.</source>
        <translation>input.dat línea {line}: {key} no se admite; el archivo de bordes se lee como bordes compartidos simétricos.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/marxan.py" line="756"/>
        <source>input.dat line {line}: COSTTHRESH is not supported by the exact solver and was ignored.</source>
        <translation>input.dat línea {line}: el solucionador exacto no admite COSTTHRESH y se ignoró.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/marxan.py" line="835"/>
        <source>Give {n} distinct integer planning-unit ids; {count} were given.</source>
        <translation>Indique {n} id enteros distintos de unidades de planificación; se indicaron {count}.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/marxan.py" line="841"/>
        <source>Give {m} distinct integer feature ids; {count} were given.</source>
        <translation>Indique {m} id enteros distintos de elementos; se indicaron {count}.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/marxan.py" line="848"/>
        <source>There are {count} feature names for {m} features.</source>
        <translation>Hay {count} nombres de elementos para {m} elementos.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/marxan.py" line="1228"/>
        <source>There are no solutions to write.</source>
        <translation>No hay soluciones que escribir.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/marxan.py" line="1642"/>
        <source>{file} is not a Marxan solution file (planning unit id and value per line); delete it or run the project again.</source>
        <translation>{file} no es un archivo de solución de Marxan (id de unidad de planificación y valor por línea); elimínelo o vuelva a ejecutar el proyecto.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/planning_units.py" line="620"/>
        <source>The CRS &apos;{name}&apos; of {what} is not a projected CRS in metres: areas would be wrong; choose an equal-area CRS (leave it empty for one centred on the study area).</source>
        <translation>El CRS «{name}» de {what} no es un CRS proyectado en metros: las superficies serían incorrectas; elija un CRS de igual área (déjelo vacío para usar uno centrado en el área de estudio).</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/planning_units.py" line="322"/>
        <source>the planning units</source>
        <translation>las unidades de planificación</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/planning_units.py" line="646"/>
        <source>The study-area layer &apos;{layer}&apos; has no area: choose a polygon layer.</source>
        <translation>La capa de área de estudio «{layer}» no tiene superficie: elija una capa de polígonos.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/planning_units.py" line="699"/>
        <source>The unit layer &apos;{layer}&apos; has no field &apos;{field}&apos; for unit ids: choose one of {fields}.</source>
        <translation>La capa de unidades «{layer}» no tiene el campo «{field}» para los id de unidad: elija uno de {fields}.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/planning_units.py" line="708"/>
        <source>The id field &apos;{field}&apos; of &apos;{layer}&apos; is empty (NULL) for feature(s) {fids}: give every unit an id or leave the id field empty to use feature ids.</source>
        <translation>El campo de id «{field}» de «{layer}» está vacío (NULL) para la(s) entidad(es) {fids}: asigne un id a cada unidad o deje vacío el campo de id para usar los id de entidad.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/planning_units.py" line="722"/>
        <source>The id field &apos;{field}&apos; of &apos;{layer}&apos; repeats the id(s) {ids}: every planning unit needs its own id; choose another field or fix the values.</source>
        <translation>El campo de id «{field}» de «{layer}» repite el/los id {ids}: cada unidad de planificación necesita su propio id; elija otro campo o corrija los valores.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/planning_units.py" line="740"/>
        <source>The unit layer &apos;{layer}&apos; has features without geometry ({fids}): delete them or draw their polygons.</source>
        <translation>La capa de unidades «{layer}» tiene entidades sin geometría ({fids}): elimínelas o dibuje sus polígonos.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/planning_units.py" line="754"/>
        <source>None of the {n} polygons of &apos;{layer}&apos; overlap the study area: check the layer&apos;s CRS, or choose a study area that covers them.</source>
        <translation>Ninguno de los {n} polígonos de «{layer}» se superpone al área de estudio: revise el CRS de la capa o elija un área de estudio que los cubra.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/planning_units.py" line="766"/>
        <source>The hexagon area is {cell} km2: give an area above 0 km2.</source>
        <translation>La superficie de los hexágonos es {cell} km2: indique una superficie mayor que 0 km2.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/planning_units.py" line="766"/>
        <source>Hexagons of {cell:g} km2 would make about {cells:,.0f} cells over the study area&apos;s extent: choose hexagons of at least {suggest:.3g} km2.</source>
        <translation>Hexágonos de {cell:g} km2 darían unas {cells:,.0f} celdas en la extensión del área de estudio: elija hexágonos de al menos {suggest:.3g} km2.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/planning_units.py" line="777"/>
        <source>The square area is {cell} km2: give an area above 0 km2.</source>
        <translation>La superficie de los cuadrados es {cell} km2: indique una superficie mayor que 0 km2.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/planning_units.py" line="777"/>
        <source>The square area ({cell:.0f} km2) is not smaller than the study area ({area:.0f} km2): choose squares of at most {suggest:.0f} km2.</source>
        <translation>La superficie de los cuadrados ({cell:.0f} km2) no es menor que el área de estudio ({area:.0f} km2): elija cuadrados de como máximo {suggest:.0f} km2.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/planning_units.py" line="777"/>
        <source>Squares of {cell:g} km2 would make about {cells:,.0f} cells over the study area&apos;s extent: choose squares of at least {suggest:.3g} km2.</source>
        <translation>Cuadrados de {cell:g} km2 darían unas {cells:,.0f} celdas en la extensión del área de estudio: elija cuadrados de al menos {suggest:.3g} km2.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/planning_units.py" line="982"/>
        <source>Unknown planning-unit type &apos;{kind}&apos;: use one of {kinds}.</source>
        <translation>Tipo de unidad de planificación «{kind}» desconocido: use uno de {kinds}.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/planning_units.py" line="856"/>
        <source>The lock-in threshold is {value}: give a share above 0 and at most 1 (0.5 locks in units at least half protected).</source>
        <translation>El umbral de fijación es {value}: indique una proporción mayor que 0 y de como máximo 1 (0.5 fija las unidades protegidas al menos en la mitad).</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/planning_units.py" line="991"/>
        <source>The study area is empty: choose countries or a polygon layer.</source>
        <translation>El área de estudio está vacía: elija países o una capa de polígonos.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/planning_units.py" line="998"/>
        <source>Planning units from a layer need the layer: choose a polygon layer.</source>
        <translation>Las unidades de planificación tomadas de una capa necesitan esa capa: elija una capa de polígonos.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/planning_units.py" line="1006"/>
        <source>The unit layer &apos;{layer}&apos; has no field &apos;{field}&apos; for the cost: choose one of {fields}.</source>
        <translation>La capa de unidades «{layer}» no tiene el campo «{field}» para el costo: elija uno de {fields}.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/portfolio.py" line="83"/>
        <source>The {what} is {value}; give a whole number of {least} or more.</source>
        <translation>El parámetro «{what}» es {value}; indique un número entero de {least} o más.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/portfolio.py" line="107"/>
        <source>{what} needs an exact solver ({choices}); &apos;{solver}&apos; ignores constraints and proves nothing.</source>
        <translation>{what} necesita un solucionador exacto ({choices}); «{solver}» ignora las restricciones y no demuestra nada.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/portfolio.py" line="159"/>
        <source>A no-good cut needs one flag per planning unit, not shape {shape}.</source>
        <translation>Un corte «no-good» necesita un indicador por unidad de planificación, no la forma {shape}.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/portfolio.py" line="297"/>
        <source>minimum number of changes</source>
        <translation>número mínimo de cambios</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/portfolio.py" line="172"/>
        <source>A no-good cut has {count} flags but the problem has {n} planning units.</source>
        <translation>Un corte «no-good» tiene {count} indicadores, pero el problema tiene {n} unidades de planificación.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/portfolio.py" line="212"/>
        <source>The objective bound must come after every objective and penalty term; add it as the last constraint.</source>
        <translation>La cota del objetivo debe ir después de todos los términos de objetivo y de penalización: agréguela como la última restricción.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/portfolio.py" line="296"/>
        <source>number of solutions</source>
        <translation>número de soluciones</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/portfolio.py" line="299"/>
        <source>Unknown portfolio method &apos;{method}&apos;: use one of {choices}.</source>
        <translation>Método de portafolio «{method}» desconocido: use uno de {choices}.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/portfolio.py" line="306"/>
        <source>The portfolio gap is {value}; give a fraction of 0 or more, e.g. 0.1.</source>
        <translation>La brecha del portafolio es {value}; indique una fracción de 0 o más, p. ej. 0.1.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/portfolio.py" line="312"/>
        <source>The shuffle portfolio perturbs unit costs, which only the minimum-set objective minimises; use the cuts or gap method with {objective}.</source>
        <translation>El portafolio «shuffle» perturba los costos de las unidades, que solo minimiza el objetivo de conjunto mínimo; use el método «cuts» o «gap» con {objective}.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/portfolio.py" line="319"/>
        <source>The {method} portfolio</source>
        <translation>El portafolio {method}</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/portfolio.py" line="364"/>
        <source>Stopped after {found} of {k} solutions: {reason}</source>
        <translation>Se detuvo tras {found} de {k} soluciones: {reason}</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/portfolio.py" line="368"/>
        <source>Only {found} of the {k} solutions asked for exist: no other selection satisfies the problem and differs from all earlier ones in at least {changes} unit(s).</source>
        <translation>Solo existen {found} de las {k} soluciones pedidas: ninguna otra selección satisface el problema y difiere de todas las anteriores en al menos {changes} unidad(es).</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/portfolio.py" line="373"/>
        <source>Only {found} of the {k} solutions asked for lie within {gap:.1%} of the optimum and differ from each other in at least {changes} unit(s).</source>
        <translation>Solo {found} de las {k} soluciones pedidas están a menos de {gap:.1%} del óptimo y difieren entre sí en al menos {changes} unidad(es).</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/portfolio.py" line="417"/>
        <source>Only {found} of the {k} solutions asked for were found in {tries} shuffled solves; allow a larger gap (now {gap:.1%}) or use the cuts method.</source>
        <translation>Solo se encontraron {found} de las {k} soluciones pedidas en {tries} resoluciones perturbadas; permita una brecha mayor (ahora {gap:.1%}) o use el método «cuts».</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/portfolio.py" line="488"/>
        <source>The portfolio is empty: give at least one solution.</source>
        <translation>El portafolio está vacío: indique al menos una solución.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/portfolio.py" line="491"/>
        <source>The solutions have different shapes ({shapes}); give one flag per unit.</source>
        <translation>Las soluciones tienen formas distintas ({shapes}); indique un indicador por unidad.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/portfolio.py" line="520"/>
        <source>The unit mask has shape {shape}; give one flag per planning unit ({n}).</source>
        <translation>La máscara de unidades tiene la forma {shape}; indique un indicador por unidad de planificación ({n}).</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/portfolio.py" line="527"/>
        <source>Give the units to evaluate as 0-based indices or as a mask.</source>
        <translation>Indique las unidades que evaluar como índices (desde 0) o como máscara.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/portfolio.py" line="531"/>
        <source>Units {units} are outside 0..{last}.</source>
        <translation>Las unidades {units} están fuera de 0..{last}.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/portfolio.py" line="590"/>
        <source>Replacement cost</source>
        <translation>El costo de reemplazo</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/problem/inputs.py" line="61"/>
        <source>The {what} has {count} values for {n} planning units; give one per unit.</source>
        <translation>«{what}»: {count} valores para {n} unidades de planificación; indique uno por unidad.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/problem/inputs.py" line="48"/>
        <source>The {what} of planning unit {units} is missing or negative: give every unit a value of zero or more.</source>
        <translation>El valor «{what}» de la unidad de planificación {units} falta o es negativo: dé a cada unidad un valor de cero o más.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/problem/model.py" line="274"/>
        <source>The objective {name} is not an objective: use MinSet, MaxCoverage, MinShortfall or WeakestLink.</source>
        <translation>El objetivo {name} no es un objetivo: use MinSet, MaxCoverage, MinShortfall o WeakestLink.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/problem/model.py" line="280"/>
        <source>constraint</source>
        <translation>restricción</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/problem/model.py" line="280"/>
        <source>penalty</source>
        <translation>penalización</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/problem/model.py" line="283"/>
        <source>The {kind} {name} has no add_to(builder, problem, x0) method: pass constraint and penalty objects from core.problem.</source>
        <translation>La {kind} {name} no tiene el método add_to(builder, problem, x0): pase objetos de restricción y de penalización de core.problem.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/problem/model.py" line="344"/>
        <source>{count} target(s) cannot be met even by selecting every unit not locked out: {details}. Lower these targets, unlock units, or solve the minimum-shortfall alternative, which gets as close to every target as the available units allow.</source>
        <translation>{count} meta(s) no se pueden alcanzar ni seleccionando todas las unidades no excluidas: {details}. Reduzca esas metas, desbloquee unidades o resuelva la alternativa de déficit mínimo, que se acerca a cada meta tanto como lo permiten las unidades disponibles.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/problem/objectives.py" line="159"/>
        <source>area</source>
        <translation>superficie</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/problem/objectives.py" line="165"/>
        <source>The {name} budget is on &apos;{measure}&apos;: use {choices}.</source>
        <translation>El presupuesto de {name} se aplica a «{measure}»: use {choices}.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/problem/objectives.py" line="172"/>
        <source>The {name} budget is {value}; give a finite amount of zero or more.</source>
        <translation>El presupuesto de {name} es {value}; indique una cantidad finita de cero o más.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/problem/objectives.py" line="181"/>
        <source>The locked-in units already use {used:.6g} of the {name} budget of {budget:.6g} ({measure}): raise the budget or unlock units.</source>
        <translation>Las unidades fijadas ya usan {used:.6g} del presupuesto de {name} de {budget:.6g} ({measure}): aumente el presupuesto o desbloquee unidades.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/problem/objectives.py" line="188"/>
        <source>The {name} penalty scale is {value}; give a number of zero or more.</source>
        <translation>La escala de penalización de {name} es {value}; indique un número de cero o más.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/problem/objectives.py" line="194"/>
        <source>The {name} tie-break is {value}; give a small fraction, e.g. 1e-3.</source>
        <translation>El desempate (tie-break) de {name} es {value}; indique una fracción pequeña, p. ej. 1e-3.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/problem/objectives.py" line="252"/>
        <source>The {name} weights have {count} values for {m} features; give one per feature.</source>
        <translation>Los pesos de {name} tienen {count} valores para {m} elementos; indique uno por elemento.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/problem/objectives.py" line="259"/>
        <source>The {name} weight of feature &apos;{feature}&apos; is {value}; weights must be zero or more.</source>
        <translation>El peso de {name} del elemento «{feature}» es {value}; los pesos deben ser cero o más.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/problem/objectives.py" line="434"/>
        <source>WeakestLink has {count} species labels for {m} features; give the species of every feature.</source>
        <translation>WeakestLink tiene {count} etiquetas de especie para {m} elementos; indique la especie de cada elemento.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/problem/objectives.py" line="455"/>
        <source>WeakestLink has no weight for species {names}: give one per species.</source>
        <translation>WeakestLink no tiene peso para las especies {names}: indique uno por especie.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/problem/objectives.py" line="464"/>
        <source>WeakestLink has {count} weights for {s} species; give one per species in sorted order, or a mapping species -&gt; weight.</source>
        <translation>WeakestLink tiene {count} pesos para {s} especies; indique uno por especie en orden alfabético, o una correspondencia especie -&gt; peso.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/problem/objectives.py" line="472"/>
        <source>The weight of species &apos;{name}&apos; is {value}; weights must be zero or more.</source>
        <translation>El peso de la especie «{name}» es {value}; los pesos deben ser cero o más.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/problem/constraints.py" line="29"/>
        <source>The {what} mask has {count} flags for {n} planning units; give one per unit.</source>
        <translation>La máscara «{what}» tiene {count} indicadores para {n} unidades de planificación; indique uno por unidad.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/problem/constraints.py" line="103"/>
        <source>The {what} must be a mapping country code -&gt; number with at least one entry.</source>
        <translation>El parámetro «{what}» debe ser una correspondencia código de país -&gt; número con al menos una entrada.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/problem/constraints.py" line="112"/>
        <source>The {what} for &apos;{code}&apos; is {value}; give a number of zero or more.</source>
        <translation>El valor «{what}» para «{code}» es {value}; indique un número de cero o más.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/problem/penalties.py" line="384"/>
        <source>country code</source>
        <translation>código de país</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/problem/constraints.py" line="227"/>
        <source>The {what} names {codes}, which no planning unit belongs to: check the codes against the units&apos; country field.</source>
        <translation>El parámetro «{what}» menciona {codes}, a los que no pertenece ninguna unidad de planificación: compare los códigos con el campo de país de las unidades.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/problem/constraints.py" line="161"/>
        <source>country budget</source>
        <translation>presupuesto por país</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/problem/constraints.py" line="171"/>
        <source>The locked-in units of &apos;{code}&apos; already cost {spent:.6g}, more than its budget of {limit:.6g}: raise that budget or unlock units.</source>
        <translation>Las unidades fijadas de «{code}» ya cuestan {spent:.6g}, más que su presupuesto de {limit:.6g}: aumente ese presupuesto o desbloquee unidades.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/problem/constraints.py" line="236"/>
        <source>country minimum share</source>
        <translation>proporción mínima por país</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/problem/constraints.py" line="239"/>
        <source>The minimum share for &apos;{code}&apos; is {value}; give a fraction from 0 to 1.</source>
        <translation>La proporción mínima de «{code}» es {value}; indique una fracción de 0 a 1.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/problem/constraints.py" line="255"/>
        <source>&apos;{code}&apos; must contribute {required:.6g} of area but only {available:.6g} is not locked out: lower its share or unlock units.</source>
        <translation>«{code}» debe aportar {required:.6g} de superficie, pero solo {available:.6g} no está excluido: reduzca su proporción o desbloquee unidades.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/problem/constraints.py" line="297"/>
        <source>The unit centroids have shape {shape}; give one (x, y) pair per unit.</source>
        <translation>Los centroides de las unidades tienen la forma {shape}; indique un par (x, y) por unidad.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/problem/constraints.py" line="303"/>
        <source>passage range</source>
        <translation>área de paso</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/problem/constraints.py" line="307"/>
        <source>The migration axis needs a start and an end point, each (x, y).</source>
        <translation>El eje de migración necesita un punto de inicio y uno final, cada uno (x, y).</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/problem/constraints.py" line="311"/>
        <source>The migration axis starts and ends at the same point: give two distinct points.</source>
        <translation>El eje de migración empieza y termina en el mismo punto: indique dos puntos distintos.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/problem/constraints.py" line="315"/>
        <source>The maximum hop distance is {value} km; give a positive distance.</source>
        <translation>La distancia máxima de salto es {value} km; indique una distancia positiva.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/problem/constraints.py" line="321"/>
        <source>Some unit centroids in the passage range are missing.</source>
        <translation>Faltan algunos centroides de unidades en el área de paso.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/problem/constraints.py" line="357"/>
        <source>Stepping stones name the feature &apos;{name}&apos;, which the problem lacks.</source>
        <translation>Los elementos de paso mencionan el elemento «{name}», que no está en el problema.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/problem/constraints.py" line="365"/>
        <source>Stepping stones refer to feature {k}; features are 0..{last}.</source>
        <translation>Los elementos de paso remiten al elemento {k}; los elementos van de 0 a {last}.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/problem/constraints.py" line="376"/>
        <source>The stepping-stone bands for &apos;{name}&apos; need one integer band id per planning unit (-1 outside the passage range); got {count} values.</source>
        <translation>Las bandas de elementos de paso de «{name}» necesitan un id de banda entero por unidad de planificación (-1 fuera del área de paso); se recibieron {count} valores.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/problem/constraints.py" line="397"/>
        <source>The stepping-stone minimum amounts for &apos;{name}&apos; need one number, or one per band id (0..{last}).</source>
        <translation>Las cantidades mínimas de los elementos de paso de «{name}» necesitan un número, o uno por id de banda (0..{last}).</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/problem/constraints.py" line="404"/>
        <source>The stepping-stone minimum amounts for &apos;{name}&apos; must be zero or more.</source>
        <translation>Las cantidades mínimas de los elementos de paso de «{name}» deben ser cero o más.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/problem/constraints.py" line="410"/>
        <source>The stepping-stone minimum units for &apos;{name}&apos; must be zero or more.</source>
        <translation>Los números mínimos de unidades de los elementos de paso de «{name}» deben ser cero o más.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/problem/constraints.py" line="437"/>
        <source>Stepping stones for &apos;{name}&apos;: band(s) {bands} cannot reach the minimum amount even with every available unit; lower it or widen the bands.</source>
        <translation>Elementos de paso de «{name}»: la(s) banda(s) {bands} no pueden alcanzar la cantidad mínima ni con todas las unidades disponibles; redúzcala o amplíe las bandas.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/problem/constraints.py" line="447"/>
        <source>Stepping stones for &apos;{name}&apos;: band(s) {bands} have fewer than {count} available unit(s) holding the feature; lower the minimum or widen the bands.</source>
        <translation>Elementos de paso de «{name}»: la(s) banda(s) {bands} tienen menos de {count} unidad(es) disponible(s) con el elemento; reduzca el mínimo o amplíe las bandas.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/problem/constraints.py" line="500"/>
        <source>Neighbour constraints need the boundary table to know which units touch.</source>
        <translation>Las restricciones de vecindad necesitan la tabla de bordes para saber qué unidades se tocan.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/problem/constraints.py" line="504"/>
        <source>The neighbour constraint&apos;s boundary covers {count} planning units but there are {n}.</source>
        <translation>El borde de la restricción de vecindad cubre {count} unidades de planificación, pero hay {n}.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/problem/constraints.py" line="512"/>
        <source>The minimum number of neighbours is {k}; give 0 or more.</source>
        <translation>El número mínimo de vecinos es {k}; indique 0 o más.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/problem/constraints.py" line="529"/>
        <source>Locked-in planning unit {units} cannot have {k} selected neighbours because too many of its neighbours are locked out: unlock them or lower the minimum.</source>
        <translation>La unidad de planificación fijada {units} no puede tener {k} vecinos seleccionados porque demasiados de sus vecinos están excluidos: desbloquéelos o reduzca el mínimo.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/problem/penalties.py" line="272"/>
        <source>The connectivity table refers to unit id(s) {ids} that are not planning units: check that it matches the planning units.</source>
        <translation>La tabla de conectividad remite a id de unidad {ids} que no son unidades de planificación: compruebe que corresponda a las unidades de planificación.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/problem/penalties.py" line="288"/>
        <source>The connectivity table has {i} first ids, {j} second ids and {v} values; every row needs all three.</source>
        <translation>La tabla de conectividad tiene {i} primeros id, {j} segundos id y {v} valores; cada fila necesita los tres.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/problem/penalties.py" line="296"/>
        <source>Connectivity rows {rows} refer to planning units outside 0..{last}: check that the connectivity table matches the planning units.</source>
        <translation>Las filas de conectividad {rows} remiten a unidades de planificación fuera de 0..{last}: compruebe que la tabla de conectividad corresponda a las unidades de planificación.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/problem/penalties.py" line="304"/>
        <source>Connectivity rows {rows} have a missing value: give every link a number.</source>
        <translation>A las filas de conectividad {rows} les falta un valor: indique un número para cada enlace.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/problem/penalties.py" line="310"/>
        <source>The connectivity weight is {value}; give a finite number.</source>
        <translation>El peso de conectividad es {value}; indique un número finito.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/problem/penalties.py" line="375"/>
        <source>The cross-border bonus needs the boundary table to know which units touch.</source>
        <translation>La bonificación transfronteriza necesita la tabla de bordes para saber qué unidades se tocan.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/problem/penalties.py" line="379"/>
        <source>The cross-border boundary covers {count} planning units but there are {n}.</source>
        <translation>El borde transfronterizo cubre {count} unidades de planificación, pero hay {n}.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/problem/solution.py" line="112"/>
        <source>{solver} stopped ({status}) before finding any selection that meets every target and constraint; allow more than {limit:g} s or a larger optimality gap.</source>
        <translation>{solver} se detuvo ({status}) antes de encontrar una selección que cumpla todas las metas y restricciones; permita más de {limit:g} s o una brecha de optimalidad mayor.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/problem/solution.py" line="116"/>
        <source>{solver} stopped ({status}) before finding any selection that meets every target and constraint; allow a larger optimality gap or simplify the problem.</source>
        <translation>{solver} se detuvo ({status}) antes de encontrar una selección que cumpla todas las metas y restricciones; permita una brecha de optimalidad mayor o simplifique el problema.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/problem/solution.py" line="130"/>
        <source>{solver} found no selection that satisfies the targets, budget and constraints together, although each can be met on its own; relax a constraint, the budget or a target.</source>
        <translation>{solver} no encontró ninguna selección que satisfaga a la vez las metas, el presupuesto y las restricciones, aunque cada uno se puede cumplir por separado; relaje una restricción, el presupuesto o una meta.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/ranges.py" line="249"/>
        <source>The layer &apos;{layer}&apos; is in no known range schema (its fields: {found}; wanted {wanted}): rename the fields or give a field mapping (species, presence, origin, seasonal).</source>
        <translation>La capa «{layer}» no sigue ningún esquema de áreas de distribución conocido (sus campos: {found}; se esperaban {wanted}): cambie el nombre de los campos o indique una correspondencia de campos (especie, presencia, origen, estacionalidad).</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/ranges.py" line="270"/>
        <source>The layer &apos;{layer}&apos; has no field for {missing} (its fields: {found}): correct the field mapping.</source>
        <translation>La capa «{layer}» no tiene campo para {missing} (sus campos: {found}): corrija la correspondencia de campos.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/ranges.py" line="277"/>
        <source>The field mapping for layer &apos;{layer}&apos; names no species field: give the field that holds the scientific name.</source>
        <translation>La correspondencia de campos de la capa «{layer}» no indica ningún campo de especie: indique el campo que contiene el nombre científico.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/ranges.py" line="349"/>
        <source>The {field} filter &apos;{text}&apos; is not a list of codes: write codes separated by commas, e.g. &apos;1,2&apos; (valid codes {codes}).</source>
        <translation>El filtro {field} «{text}» no es una lista de códigos: escriba códigos separados por comas, p. ej. «1,2» (códigos válidos: {codes}).</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/ranges.py" line="358"/>
        <source>The {field} filter is empty: give at least one code, e.g. &apos;1,2&apos; (valid codes {codes}).</source>
        <translation>El filtro {field} está vacío: indique al menos un código, p. ej. «1,2» (códigos válidos: {codes}).</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/ranges.py" line="366"/>
        <source>The {field} filter has code(s) {bad}, which are not IUCN {field} codes: use codes {codes}.</source>
        <translation>El filtro {field} tiene el/los código(s) {bad}, que no son códigos UICN «{field}»: use los códigos {codes}.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/ranges.py" line="612"/>
        <source>Range layers: {layers}.</source>
        <translation>Capas de áreas de distribución: {layers}.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/ranges.py" line="614"/>
        <source>{n} input features: {kept} kept; dropped {presence} by presence, {origin} by origin, {seasonal} by season, {unknown} with unknown codes, {empty} without polygon geometry; {repaired} invalid geometries repaired.</source>
        <translation>{n} entidades de entrada: {kept} conservadas; descartadas {presence} por presencia, {origin} por origen, {seasonal} por temporada, {unknown} con códigos desconocidos, {empty} sin geometría poligonal; {repaired} geometrías no válidas reparadas.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/ranges.py" line="628"/>
        <source>{species} species, {features} species-season features.</source>
        <translation>{species} especies, {features} elementos especie-temporada.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/ranges.py" line="701"/>
        <source>a scientific name</source>
        <translation>un nombre científico</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/ranges.py" line="702"/>
        <source>IUCN presence codes 1-6</source>
        <translation>códigos de presencia UICN 1-6</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/ranges.py" line="703"/>
        <source>IUCN origin codes 1-6</source>
        <translation>códigos de origen UICN 1-6</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/ranges.py" line="704"/>
        <source>IUCN seasonal codes 1-5</source>
        <translation>códigos de estacionalidad UICN 1-5</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/ranges.py" line="708"/>
        <source>NatureServe ORIGIN codes 1-4 (resident to passage)</source>
        <translation>códigos ORIGIN de NatureServe 1-4 (de residente a de paso)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/ranges.py" line="717"/>
        <source>Every feature of layer &apos;{layer}&apos; has an unknown value in field &apos;{field}&apos; (found {values}; wanted {expected}): map the right field or recode it.</source>
        <translation>Todas las entidades de la capa «{layer}» tienen un valor desconocido en el campo «{field}» (se encontró {values}; se esperaba {expected}): asigne el campo correcto o recodifíquelo.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/ranges.py" line="728"/>
        <source>Layer &apos;{layer}&apos;: {n} feature(s) with an unknown value in field &apos;{field}&apos; ({values}; feature ids {ids}) were dropped: recode them to {expected}.</source>
        <translation>Capa «{layer}»: se descartaron {n} entidad(es) con un valor desconocido en el campo «{field}» ({values}; id de entidad {ids}): recodifíquelas a {expected}.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/inputs.py" line="243"/>
        <source>No range layer was given: choose at least one polygon layer.</source>
        <translation>No se indicó ninguna capa de áreas de distribución: elija al menos una capa de polígonos.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/ranges.py" line="808"/>
        <source>Layer &apos;{layer}&apos;: {n} feature(s) without geometry (feature ids {ids}) were dropped.</source>
        <translation>Capa «{layer}»: se descartaron {n} entidad(es) sin geometría (id de entidad {ids}).</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/ranges.py" line="836"/>
        <source>Layer &apos;{layer}&apos;: {n} feature(s) had no polygon area left after repair (feature ids {ids}) and were dropped.</source>
        <translation>Capa «{layer}»: {n} entidad(es) se quedaron sin superficie poligonal tras la reparación (id de entidad {ids}) y se descartaron.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/ranges.py" line="903"/>
        <source>All {n} remaining range features were removed by the {field} filter (it keeps {kept}; the layers have {found}): add codes to the {field} filter, e.g. &apos;{suggest}&apos;.</source>
        <translation>El filtro {field} eliminó las {n} entidades de área de distribución restantes (conserva {kept}; las capas tienen {found}): agregue códigos al filtro {field}, p. ej. «{suggest}».</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/ranges.py" line="917"/>
        <source>No range feature is left: {unknown} had unknown codes and {empty} had no polygon geometry; fix the codes or geometries named in the warnings.</source>
        <translation>No queda ninguna entidad de área de distribución: {unknown} tenían códigos desconocidos y {empty} no tenían geometría poligonal; corrija los códigos o las geometrías indicados en las advertencias.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/ranges.py" line="947"/>
        <source>{n} species have no range inside the study area and get no target there: {names}. Check the layers&apos; CRS, or remove these species.</source>
        <translation>{n} especies no tienen área de distribución dentro del área de estudio y no reciben meta allí: {names}. Revise el CRS de las capas o quite esas especies.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/report.py" line="117"/>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/report.py" line="117"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/report.py" line="235"/>
        <source>The ProtConn values need &apos;before&apos; and &apos;after&apos; entries (missing: {keys}).</source>
        <translation>Los valores de ProtConn necesitan entradas «before» y «after» (faltan: {keys}).</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/report.py" line="280"/>
        <source>Parameter</source>
        <translation>Parámetro</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/report.py" line="280"/>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/report.py" line="307"/>
        <source>Targets per species and season</source>
        <translation>Metas por especie y temporada</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/report.py" line="307"/>
        <source>Feature</source>
        <translation>Elemento</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/inputs.py" line="223"/>
        <source>Species</source>
        <translation>Especies</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/report.py" line="370"/>
        <source>Season</source>
        <translation>Temporada</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/report.py" line="307"/>
        <source>Target (km²)</source>
        <translation>Meta (km²)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/report.py" line="307"/>
        <source>Held before (km²)</source>
        <translation>Cubierto antes (km²)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/report.py" line="307"/>
        <source>% of target before</source>
        <translation>% de la meta antes</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/report.py" line="370"/>
        <source>Met before</source>
        <translation>Alcanzada antes</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/report.py" line="307"/>
        <source>Held after (km²)</source>
        <translation>Cubierto después (km²)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/report.py" line="307"/>
        <source>% of target after</source>
        <translation>% de la meta después</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/report.py" line="370"/>
        <source>Met after</source>
        <translation>Alcanzada después</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/report.py" line="340"/>
        <source>Weakest-link coverage per species (all seasons covered?)</source>
        <translation>Cobertura por eslabón más débil, por especie (¿todas las temporadas cubiertas?)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/report.py" line="340"/>
        <source>Seasons</source>
        <translation>Temporadas</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/report.py" line="340"/>
        <source>Seasons met before</source>
        <translation>Temporadas alcanzadas antes</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/report.py" line="340"/>
        <source>Covered before</source>
        <translation>Cubierta antes</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/report.py" line="340"/>
        <source>Weakest season, % of target, before</source>
        <translation>Temporada más débil, % de la meta, antes</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/report.py" line="340"/>
        <source>Seasons met after</source>
        <translation>Temporadas alcanzadas después</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/report.py" line="340"/>
        <source>Covered after</source>
        <translation>Cubierta después</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/report.py" line="340"/>
        <source>Weakest season after</source>
        <translation>Temporada más débil después</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/report.py" line="340"/>
        <source>Weakest season, % of target, after</source>
        <translation>Temporada más débil, % de la meta, después</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/report.py" line="370"/>
        <source>Targets met by season</source>
        <translation>Metas alcanzadas por temporada</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/report.py" line="663"/>
        <source>Features</source>
        <translation>Elementos</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/report.py" line="394"/>
        <source>Contribution per country</source>
        <translation>Contribución por país</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/report.py" line="768"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/report.py" line="478"/>
        <source>Area (km²)</source>
        <translation>Superficie (km²)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/report.py" line="394"/>
        <source>Network after (km²)</source>
        <translation>Red después (km²)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/report.py" line="394"/>
        <source>Features present</source>
        <translation>Elementos presentes</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/report.py" line="394"/>
        <source>National targets met before</source>
        <translation>Metas nacionales alcanzadas antes</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/report.py" line="394"/>
        <source>National targets met after</source>
        <translation>Metas nacionales alcanzadas después</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/report.py" line="413"/>
        <source>Protected and connected land (ProtConn, %)</source>
        <translation>Tierra protegida y conectada (ProtConn, %)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/report.py" line="413"/>
        <source>Indicator</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/report.py" line="413"/>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/report.py" line="413"/>
        <source>After</source>
        <translation>Después</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/report.py" line="452"/>
        <source>Transfrontier Conservation Area (TFCA) candidates</source>
        <translation>Candidatas a áreas de conservación transfronterizas (ACTF)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/report.py" line="460"/>
        <source>Area of each TFCA candidate per country</source>
        <translation>Superficie de cada candidata ACTF por país</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/report.py" line="460"/>
        <source>Candidate</source>
        <translation>Candidata</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/planning_units.py" line="220"/>
        <source>Existing protected areas</source>
        <translation>Áreas protegidas existentes</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/report.py" line="661"/>
        <source>With the plan</source>
        <translation>Con el plan</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/report.py" line="644"/>
        <source>Share of the target held (%, capped at 200)</source>
        <translation>Proporción de la meta cubierta (%, con tope de 200)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/report.py" line="634"/>
        <source>Target achievement per species and season</source>
        <translation>Cumplimiento de las metas por especie y temporada</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/report.py" line="670"/>
        <source>Coverage by season</source>
        <translation>Cobertura por temporada</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/report.py" line="678"/>
        <source>% of the land</source>
        <translation>% de la tierra</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/report.py" line="680"/>
        <source>Protected connected land (ProtConn fractions)</source>
        <translation>Tierra protegida conectada (fracciones de ProtConn)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/report.py" line="829"/>
        <source>This report describes a conservation plan for {countries}: {selected} of {units} planning units ({percent:.1f}% of the study area) are in the network, and {met} of {targets} species-season targets are met. &apos;Before&apos; means the existing protected areas only; &apos;after&apos; means with the plan.</source>
        <translation>Este informe describe un plan de conservación para {countries}: {selected} de {units} unidades de planificación ({percent:.1f} % del área de estudio) forman parte de la red, y se alcanzan {met} de {targets} metas por especie y temporada. «Antes» se refiere solo a las áreas protegidas existentes; «después», a la situación con el plan.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/report.py" line="869"/>
        <source>A target is met when the network holds at least the target amount of the range.</source>
        <translation>Una meta se alcanza cuando la red cubre al menos la cantidad meta del área de distribución.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/report.py" line="873"/>
        <source>A migratory species is adequately covered only when every season of its annual cycle meets its target (Runge et al. 2015): the weakest season decides.</source>
        <translation>Una especie migratoria solo está adecuadamente cubierta cuando cada temporada de su ciclo anual alcanza su meta (Runge et al. 2015): decide la temporada más débil.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/report.py" line="904"/>
        <source>Clusters of the network spanning two or more countries. Score = ({wt} x transboundary species + {wa} x area + {wu} x unprotected share + {wi} x network importance (dPC)) / {total}, each divided by its largest value; rank 1 is the highest score.</source>
        <translation>Agrupaciones de la red que abarcan dos o más países. Puntuación = ({wt} x especies transfronterizas + {wa} x superficie + {wu} x proporción no protegida + {wi} x importancia para la red (dPC)) / {total}, cada término dividido por su valor máximo; el rango 1 es la puntuación más alta.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/report.py" line="971"/>
        <source>The report folder &apos;{path}&apos; cannot be created ({reason}).</source>
        <translation>No se puede crear la carpeta del informe «{path}» ({reason}).</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/report.py" line="978"/>
        <source>Conservation plan for {countries}</source>
        <translation>Plan de conservación para {countries}</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/sites.py" line="103"/>
        <source>Site layers: {layers}.</source>
        <translation>Capas de sitios: {layers}.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/sites.py" line="104"/>
        <source>{n} input features -&gt; {sites} sites; dropped by status ({status}), {mab} UNESCO-MAB Biosphere Reserves, {no_area} points without reported area, {empty} without polygon geometry; {circles} point sites drawn as circles, {merged} parcels merged into their site, {repaired} geometries repaired.</source>
        <translation>{n} entidades de entrada -&gt; {sites} sitios; descartados por estado ({status}), {mab} reservas de biosfera UNESCO-MAB, {no_area} puntos sin superficie declarada, {empty} sin geometría poligonal; {circles} sitios puntuales dibujados como círculos, {merged} parcelas fusionadas en su sitio, {repaired} geometrías reparadas.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/sites.py" line="122"/>
        <source>Snapshot {year}: {after} sites designated later dropped; {unknown} sites without a status year kept.</source>
        <translation>Año de corte {year}: se descartaron {after} sitios designados después; se conservaron {unknown} sitios sin año de estado.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/sites.py" line="284"/>
        <source>The site layer kind &apos;{kind}&apos; is unknown: use one of {kinds}.</source>
        <translation>El tipo de capa de sitios «{kind}» es desconocido: use uno de {kinds}.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/sites.py" line="310"/>
        <source>polygons or points</source>
        <translation>polígonos o puntos</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/sites.py" line="318"/>
        <source>The layer &apos;{layer}&apos; has no field &apos;{field}&apos; for site names (its fields: {fields}): choose another name field or leave it empty.</source>
        <translation>La capa «{layer}» no tiene el campo «{field}» para los nombres de los sitios (sus campos: {fields}): elija otro campo de nombre o déjelo vacío.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/sites.py" line="367"/>
        <source>Layer &apos;{layer}&apos;: {n} site(s) without geometry (feature ids {ids}) were dropped.</source>
        <translation>Capa «{layer}»: se descartaron {n} sitio(s) sin geometría (id de entidad {ids}).</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/sites.py" line="380"/>
        <source>The layer &apos;{layer}&apos; has point sites but no REP_AREA field (reported area in km2) to draw them with: add the field or use polygon boundaries.</source>
        <translation>La capa «{layer}» tiene sitios puntuales pero no el campo REP_AREA (superficie declarada en km2) para dibujarlos: agregue el campo o use límites poligonales.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/sites.py" line="389"/>
        <source>Layer &apos;{layer}&apos;: {n} point site(s) with REP_AREA 0 or NULL (feature ids {ids}) cannot be drawn and were dropped.</source>
        <translation>Capa «{layer}»: {n} sitio(s) puntual(es) con REP_AREA 0 o NULL (id de entidad {ids}) no se pueden dibujar y se descartaron.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/sites.py" line="415"/>
        <source>Layer &apos;{layer}&apos;: {n} site(s) had no polygon area left after repair (feature ids {ids}) and were dropped.</source>
        <translation>Capa «{layer}»: {n} sitio(s) se quedaron sin superficie poligonal tras la reparación (id de entidad {ids}) y se descartaron.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/inputs.py" line="387"/>
        <source>No site layer was given: choose at least one polygon or point layer.</source>
        <translation>No se indicó ninguna capa de sitios: elija al menos una capa de polígonos o de puntos.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/sites.py" line="532"/>
        <source>All {n} sites were removed by the WDPA status filter (it keeps {kept}; the layers have {found}): include these statuses, e.g. tick &apos;Include proposed sites&apos;.</source>
        <translation>El filtro de estado WDPA eliminó los {n} sitios (conserva {kept}; las capas tienen {found}): incluya esos estados, p. ej. marcando «Incluir sitios propuestos (WDPA)».</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/sites.py" line="545"/>
        <source>All {n} remaining sites are UNESCO-MAB Biosphere Reserves, which are left out by default: tick &apos;Include UNESCO-MAB Biosphere Reserves&apos; to keep them.</source>
        <translation>Los {n} sitios restantes son todos reservas de biosfera UNESCO-MAB, que se excluyen por defecto: marque «Incluir reservas de biosfera UNESCO-MAB» para conservarlos.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/sites.py" line="553"/>
        <source>All {n} remaining sites are points with REP_AREA 0 or NULL: fill in their reported area (km2) or use polygon boundaries.</source>
        <translation>Los {n} sitios restantes son todos puntos con REP_AREA 0 o NULL: complete su superficie declarada (km2) o use límites poligonales.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/sites.py" line="559"/>
        <source>No site has polygon geometry left ({n} without geometry): check the layers&apos; geometries (Vector &gt; Geometry Tools &gt; Check Validity).</source>
        <translation>Ningún sitio conserva geometría poligonal ({n} sin geometría): revise las geometrías de las capas (Vectorial &gt; Herramientas de geometría &gt; Comprobar validez).</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/sites.py" line="576"/>
        <source>The snapshot year &apos;{year}&apos; is not a year: give a year such as 2010.</source>
        <translation>El año de corte «{year}» no es un año: indique un año como 2010.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/sites.py" line="584"/>
        <source>No site had been designated by {year} (the earliest status year is {earliest}): choose a later snapshot year.</source>
        <translation>Ningún sitio se había designado en {year} (el año de estado más antiguo es {earliest}): elija un año de corte posterior.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/sites.py" line="593"/>
        <source>{n} site(s) have no status year (0 or NULL) and were kept in the {year} snapshot: check their designation dates.</source>
        <translation>{n} sitio(s) no tienen año de estado (0 o NULL) y se conservaron en el corte de {year}: revise sus fechas de designación.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/solvers/greedy.py" line="188"/>
        <source>The greedy heuristic only solves minimum-set problems; use HiGHS or SciPy for {name}.</source>
        <translation>La heurística voraz solo resuelve problemas de conjunto mínimo; use HiGHS o SciPy para {name}.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/targets.py" line="148"/>
        <source>There are {names} features but the amounts have {m} columns.</source>
        <translation>Hay {names} elementos, pero las cantidades tienen {m} columnas.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/targets.py" line="165"/>
        <source>The amounts have shape {shape}; give units x features or one total per feature.</source>
        <translation>Las cantidades tienen la forma {shape}; indique unidades x elementos o un total por elemento.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/targets.py" line="178"/>
        <source>No {what} is given for feature &apos;{feature}&apos;: give one for every feature.</source>
        <translation>No se indica ningún valor «{what}» para el elemento «{feature}»: indique uno para cada elemento.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/targets.py" line="189"/>
        <source>There are {count} values of {what} for {m} features; give one per feature.</source>
        <translation>Hay {count} valores «{what}» para {m} elementos; indique uno por elemento.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/targets.py" line="201"/>
        <source>The {what} for feature &apos;{feature}&apos; is {value} %: give a percentage above 0 and at most 100.</source>
        <translation>El valor «{what}» del elemento «{feature}» es {value} %: indique un porcentaje mayor que 0 y de como máximo 100.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/targets.py" line="220"/>
        <source>The multiplier for season {season} is {value}; give a number of 0 or more.</source>
        <translation>El multiplicador de la temporada {season} es {value}; indique un número de 0 o más.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/targets.py" line="226"/>
        <source>Season multipliers were given but the features carry no season: use features with a season code (1 resident, 2 breeding, 3 non-breeding, 4 passage) or drop the multipliers.</source>
        <translation>Se indicaron multiplicadores de temporada, pero los elementos no tienen temporada: use elementos con un código de temporada (1 residente, 2 reproductiva, 3 no reproductiva, 4 de paso) o quite los multiplicadores.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/targets.py" line="262"/>
        <source>The {what} range-size target is {value} %: give a percentage above 0 and at most 100.</source>
        <translation>La meta «{what}» según el tamaño del área de distribución es {value} %: indique un porcentaje mayor que 0 y de como máximo 100.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/targets.py" line="271"/>
        <source>The range-size thresholds are {low} and {high} km2: give two positive areas, the first smaller.</source>
        <translation>Los umbrales de tamaño del área de distribución son {low} y {high} km2: indique dos superficies positivas, la primera menor.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/targets.py" line="278"/>
        <source>The target cap is {value} km2: give a positive area, or no cap.</source>
        <translation>El tope de la meta es {value} km2: indique una superficie positiva, o ningún tope.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/targets.py" line="294"/>
        <source>No global or flyway range area is given for species &apos;{species}&apos;: give one for every species, or none to use the areas inside the study area.</source>
        <translation>No se indica ninguna superficie del área de distribución mundial o de la ruta migratoria para la especie «{species}»: indique una para cada especie, o ninguna para usar las superficies dentro del área de estudio.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/targets.py" line="302"/>
        <source>range area</source>
        <translation>superficie del área de distribución</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/targets.py" line="306"/>
        <source>The range area of feature &apos;{feature}&apos; is {value} km2: give a positive area.</source>
        <translation>La superficie del área de distribución del elemento «{feature}» es {value} km2: indique una superficie positiva.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/targets.py" line="331"/>
        <source>The total amount of feature &apos;{feature}&apos; is {value}; amounts must be 0 or more.</source>
        <translation>La cantidad total del elemento «{feature}» es {value}; las cantidades deben ser 0 o más.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/targets.py" line="339"/>
        <source>target percentage</source>
        <translation>porcentaje de la meta</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/targets.py" line="344"/>
        <source>target</source>
        <translation>meta</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/targets.py" line="348"/>
        <source>The target for feature &apos;{feature}&apos; is {value} km2: give 0 or more.</source>
        <translation>La meta del elemento «{feature}» es {value} km2: indique 0 o más.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/targets.py" line="369"/>
        <source>Unknown target rule {rule}: use relative, absolute or log-linear targets.</source>
        <translation>Regla de meta {rule} desconocida: use metas relativas, absolutas o log-lineales.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/tfca.py" line="57"/>
        <source>The TFCA ranking weights must be 0 or more and not all 0 (got {values}).</source>
        <translation>Los pesos de la clasificación de ACTF deben ser 0 o más y no todos 0 (se recibió {values}).</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/tfca.py" line="212"/>
        <source>There are {count} {what} values for {n} planning units; give one per unit.</source>
        <translation>Hay {count} valores «{what}» para {n} unidades de planificación; indique uno por unidad.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/tfca.py" line="259"/>
        <source>The gap distance must be 0 or more metres (got {value}).</source>
        <translation>La distancia de separación debe ser de 0 metros o más (se recibió {value}).</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/tfca.py" line="263"/>
        <source>selection frequency</source>
        <translation>frecuencia de selección</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/tfca.py" line="264"/>
        <source>irreplaceability</source>
        <translation>irremplazabilidad</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/tfca.py" line="280"/>
        <source>There are {count} country polygons for {n} country codes.</source>
        <translation>Hay {count} polígonos de país para {n} códigos de país.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/tfca.py" line="569"/>
        <source>The border buffer must be a positive distance in metres (got {value}).</source>
        <translation>El búfer fronterizo debe ser una distancia positiva en metros (se recibió {value}).</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/tfca.py" line="618"/>
        <source>The season &apos;{value}&apos; of feature {row} in &apos;{layer}&apos; is not an IUCN seasonal code (1-5) or label (e.g. breeding).</source>
        <translation>La temporada «{value}» del elemento {row} en «{layer}» no es un código de estacionalidad UICN (1-5) ni una etiqueta (p. ej. breeding).</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/tracks.py" line="222"/>
        <source>The field &apos;{field}&apos; chosen for the {what} is not in &apos;{source}&apos;: choose one of {fields}.</source>
        <translation>El campo «{field}» elegido para «{what}» no está en «{source}»: elija uno de {fields}.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/tracks.py" line="233"/>
        <source>&apos;{source}&apos; has no {what} field (looked for {candidates}): rename the column or choose it explicitly.</source>
        <translation>«{source}» no tiene campo «{what}» (se buscó {candidates}): cambie el nombre de la columna o elíjala explícitamente.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/tracks.py" line="400"/>
        <source>&apos;{source}&apos; has no fixes: choose a file or layer with GPS positions.</source>
        <translation>«{source}» no tiene localizaciones: elija un archivo o una capa con posiciones GPS.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/tracks.py" line="408"/>
        <source>The fix at {where} of &apos;{source}&apos; has no individual id: fill it in or remove the row.</source>
        <translation>La localización ({where}) de «{source}» no tiene id de individuo: complételo o elimine la fila.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/tracks.py" line="610"/>
        <source>longitude</source>
        <translation>longitud</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/tracks.py" line="611"/>
        <source>latitude</source>
        <translation>latitud</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/tracks.py" line="422"/>
        <source>The fix at {where} of &apos;{source}&apos; has {axis} {value}, outside {low}..{high}: check that longitude and latitude are not swapped and are in degrees (WGS84).</source>
        <translation>La localización ({where}) de «{source}» tiene una {axis} de {value}, fuera de {low}..{high}: compruebe que la longitud y la latitud no estén intercambiadas y estén en grados (WGS84).</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/tracks.py" line="439"/>
        <source>&apos;{source}&apos; has no fixes with a location: check the longitude/latitude.</source>
        <translation>«{source}» no tiene localizaciones con posición: revise la longitud/latitud.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/tracks.py" line="477"/>
        <source>The timestamp &apos;{value}&apos; in field &apos;{field}&apos; at {where} of &apos;{source}&apos; cannot be read: write timestamps as {format} in UTC (ISO 8601 with T, Z or +hh:mm also works).</source>
        <translation>La marca de tiempo «{value}» del campo «{field}» ({where}) de «{source}» no se puede leer: escriba las marcas de tiempo como {format} en UTC (también sirve ISO 8601 con T, Z o +hh:mm).</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/tracks.py" line="579"/>
        <source>The tracking file &apos;{path}&apos; does not exist: choose an existing CSV file.</source>
        <translation>El archivo de seguimiento «{path}» no existe: elija un archivo CSV existente.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/tracks.py" line="602"/>
        <source>&apos;{source}&apos; is empty: choose a CSV file with a header row and fixes.</source>
        <translation>«{source}» está vacío: elija un archivo CSV con una fila de encabezado y localizaciones.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/tracks.py" line="678"/>
        <source>individual id</source>
        <translation>id de individuo</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/tracks.py" line="679"/>
        <source>timestamp</source>
        <translation>marca de tiempo</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/tracks.py" line="269"/>
        <source>movement state</source>
        <translation>estado de movimiento</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/tracks.py" line="620"/>
        <source>Line {line} of &apos;{source}&apos; has fewer columns than the header: check the delimiter and quoting.</source>
        <translation>La línea {line} de «{source}» tiene menos columnas que el encabezado: revise el delimitador y las comillas.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/tracks.py" line="635"/>
        <source>line {line}</source>
        <translation>línea {line}</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/tracks.py" line="644"/>
        <source>The value &apos;{value}&apos; in column &apos;{field}&apos; at {where} of &apos;{source}&apos; is not a number: use decimal degrees with a dot (e.g. 8.87).</source>
        <translation>El valor «{value}» de la columna «{field}» ({where}) de «{source}» no es un número: use grados decimales con punto (p. ej. 8.87).</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/qgis_io/sinks.py" line="45"/>
        <source>points</source>
        <translation>puntos</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/tracks.py" line="684"/>
        <source>Feature {fid} of &apos;{layer}&apos; is a multipoint with several points: one fix per feature is needed (Vector &gt; Geometry Tools &gt; Multipart to Singleparts).</source>
        <translation>La entidad {fid} de «{layer}» es un multipunto con varios puntos: se necesita una localización por entidad (Vectorial &gt; Herramientas de geometría &gt; De multiparte a partes sencillas).</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/tracks.py" line="702"/>
        <source>feature {fid}</source>
        <translation>entidad {fid}</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/tracks.py" line="952"/>
        <source>stopover radius (km)</source>
        <translation>radio de escala (km)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/tracks.py" line="953"/>
        <source>minimum stopover duration (h)</source>
        <translation>duración mínima de escala (h)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/tracks.py" line="954"/>
        <source>stopovers</source>
        <translation>escalas migratorias</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/tracks.py" line="983"/>
        <source>The {what} must be greater than 0 (got {value}).</source>
        <translation>El parámetro «{what}» debe ser mayor que 0 (se recibió {value}).</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/tracks.py" line="1180"/>
        <source>The state mapping &apos;{part}&apos; cannot be read: write value=season pairs separated by &apos;;&apos;, e.g. fall migration=passage; wintering grounds=non-breeding.</source>
        <translation>La correspondencia de estados «{part}» no se puede leer: escriba pares valor=temporada separados por «;», p. ej. fall migration=passage; wintering grounds=non-breeding.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/tracks.py" line="1207"/>
        <source>The date window &apos;{part}&apos; cannot be read: write season=start-end with day-of-year numbers, e.g. breeding=121-212; passage=213-304,60-120; non-breeding=305-59.</source>
        <translation>La ventana de fechas «{part}» no se puede leer: escriba temporada=inicio-fin con números de día del año, p. ej. breeding=121-212; passage=213-304,60-120; non-breeding=305-59.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/tracks.py" line="1230"/>
        <source>The {season} window {start}-{end} is not within day 1..366: use day-of-year numbers (1 = 1 January, 182 = 1 July).</source>
        <translation>La ventana «{season}» {start}-{end} no está dentro de los días 1..366: use números de día del año (1 = 1 de enero, 182 = 1 de julio).</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/tracks.py" line="1241"/>
        <source>The {season} window {start}-{end} overlaps the {other} window: make the date windows disjoint.</source>
        <translation>La ventana «{season}» {start}-{end} se superpone a la ventana «{other}»: haga que las ventanas de fechas no se solapen.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/tracks.py" line="1325"/>
        <source>The migration &apos;{value}&apos; is unknown: use auto, autumn or spring.</source>
        <translation>La migración «{value}» es desconocida: use auto, autumn o spring.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/tracks.py" line="368"/>
        <source>movement</source>
        <translation>movimiento</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/tracks.py" line="1379"/>
        <source>range buffer (km)</source>
        <translation>búfer del área (km)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/tracks.py" line="1380"/>
        <source>seasonal ranges</source>
        <translation>áreas estacionales</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/tracks.py" line="1419"/>
        <source>&apos;{source}&apos; has no movement-state field: choose the state field, or classify by movement or by dates.</source>
        <translation>«{source}» no tiene campo de estado de movimiento: elija el campo de estado o clasifique por movimiento o por fechas.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/tracks.py" line="1457"/>
        <source>no fix falls in a date window: check the windows</source>
        <translation>ninguna localización cae en una ventana de fechas: revise las ventanas</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/tracks.py" line="1458"/>
        <source>no state value is mapped to a season: map the values</source>
        <translation>ningún valor de estado está asignado a una temporada: asigne los valores</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/tracks.py" line="1460"/>
        <source>No fix of &apos;{source}&apos; could be given a season: {hint}.</source>
        <translation>No se pudo asignar una temporada a ninguna localización de «{source}»: {hint}.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/vector.py" line="90"/>
        <source>The layer &apos;{layer}&apos; has no features: choose a layer with data.</source>
        <translation>La capa «{layer}» no tiene entidades: elija una capa con datos.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/vector.py" line="104"/>
        <source>The layer &apos;{layer}&apos; has {kind} geometry (feature {fid}) but {expected} are needed: choose a {expected} layer.</source>
        <translation>La capa «{layer}» tiene geometría {kind} (entidad {fid}), pero se necesitan {expected}: elija una capa de {expected}.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/vector.py" line="131"/>
        <source>The layer &apos;{layer}&apos; lacks the field(s) {fields}: rename the fields or map them explicitly.</source>
        <translation>A la capa «{layer}» le falta(n) el/los campo(s) {fields}: cambie el nombre de los campos o asígnelos explícitamente.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/frames.py" line="332"/>
        <source>species amounts</source>
        <translation>cantidades de especies</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/marxan.py" line="282"/>
        <source>The unit id field &apos;{field}&apos; of &apos;{layer}&apos; has duplicates ({ids}): choose a field with one value per unit.</source>
        <translation>El campo de id de unidad «{field}» de «{layer}» tiene duplicados ({ids}): elija un campo con un valor por unidad.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/amounts.py" line="56"/>
        <source>Species amounts per planning unit</source>
        <translation>Cantidades de especies por unidad de planificación</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/amounts.py" line="59"/>
        <source>The area (km2) of every feature (for example a species&apos; breeding range) inside every planning unit, by exact intersection in an equal-area CRS. Only non-zero amounts are written, one row per unit and feature, as in Marxan&apos;s puvspr.dat.

Feature name fields: the fields that name a feature, e.g. species and season from &apos;Prepare species ranges&apos;; empty uses the feature id. CRS: leave empty for Lambert azimuthal equal-area centred on the units; a geographic CRS is refused.</source>
        <translation>La superficie (km2) de cada elemento (por ejemplo, el área de reproducción de una especie) dentro de cada unidad de planificación, por intersección exacta en un CRS de igual área. Solo se escriben las cantidades distintas de cero, una fila por unidad y elemento, como en el puvspr.dat de Marxan.

Campos de nombre del elemento: los campos que nombran un elemento, p. ej. la especie y la temporada de «Preparar áreas de distribución de especies»; si se deja vacío se usa el id de entidad. CRS: déjelo vacío para usar la proyección acimutal equivalente de Lambert centrada en las unidades; un CRS geográfico se rechaza.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/amounts.py" line="74"/>
        <source>Unit id field</source>
        <translation>Campo de id de unidad</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/amounts.py" line="82"/>
        <source>Features (species ranges)</source>
        <translation>Elementos (áreas de distribución de las especies)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/amounts.py" line="87"/>
        <source>Feature name fields</source>
        <translation>Campos de nombre del elemento</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/amounts.py" line="96"/>
        <source>Equal-area CRS</source>
        <translation>CRS de igual área</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/amounts.py" line="97"/>
        <source>Amounts</source>
        <translation>Cantidades</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/amounts.py" line="126"/>
        <source>{n} non-zero amounts for {f} features.</source>
        <translation>{n} cantidades distintas de cero para {f} elementos.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/base.py" line="43"/>
        <source>Inputs</source>
        <translation>Datos de entrada</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/base.py" line="44"/>
        <source>Planning</source>
        <translation>Planificación</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/base.py" line="45"/>
        <source>Connectivity</source>
        <translation>Conectividad</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/base.py" line="46"/>
        <source>TFCA and reports</source>
        <translation>ACTF e informes</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/borders.py" line="36"/>
        <source>Shared land borders</source>
        <translation>Fronteras terrestres compartidas</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/borders.py" line="39"/>
        <source>Lines where two of the chosen countries share a land border, with their length, in an equal-area CRS centred on the countries. A border is the part of one country&apos;s outline lying within the tolerance of the other country, so generalised layers whose common boundaries do not coincide exactly still give the border, and a sea crossing (such as the Strait of Gibraltar) is never a border.

Countries: ISO3 codes separated by commas. The border layer defaults to QGIS&apos;s world map; any country layer with an ISO3 field works (Natural Earth&apos;s -99 codes are resolved through ADM0_A3 / ISO_A3_EH). Tolerance: metres, 100 by default; raise it for coarse layers (e.g. 1,000 m for Natural Earth 1:110m).</source>
        <translation>Líneas donde dos de los países elegidos comparten una frontera terrestre, con su longitud, en un CRS de igual área centrado en los países. Una frontera es la parte del contorno de un país que queda dentro de la tolerancia del otro país, de modo que las capas generalizadas cuyos límites comunes no coinciden exactamente siguen dando la frontera, y un cruce marítimo (como el estrecho de Gibraltar) nunca es una frontera.

Países: códigos ISO3 separados por comas. La capa de fronteras es por defecto el mapa mundial de QGIS; sirve cualquier capa de países con un campo ISO3 (los códigos -99 de Natural Earth se resuelven mediante ADM0_A3 / ISO_A3_EH). Tolerancia: en metros, 100 por defecto; auméntela para capas poco detalladas (p. ej. 1000 m para Natural Earth 1:110m).</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/borders.py" line="65"/>
        <source>Tolerance (m)</source>
        <translation>Tolerancia (m)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/borders.py" line="75"/>
        <source>Shared borders</source>
        <translation>Fronteras compartidas</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/borders.py" line="108"/>
        <source>{n} shared border(s) among {k} countries.</source>
        <translation>{n} frontera(s) compartida(s) entre {k} países.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/qgis_io/postprocess.py" line="239"/>
        <source>The parameters could not be stored in the file&apos;s metadata ({error}); they are in the log above.</source>
        <translation>No se pudieron guardar los parámetros en los metadatos del archivo ({error}); están en el registro de arriba.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/connectivity.py" line="92"/>
        <source>Connectivity indices and site importance (PC, IIC, dPC)</source>
        <translation>Índices de conectividad e importancia de los sitios (PC, IIC, dPC)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/connectivity.py" line="123"/>
        <source>Sites (polygons)</source>
        <translation>Sitios (polígonos)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/connectivity.py" line="128"/>
        <source>Site attribute (empty: area in km2)</source>
        <translation>Atributo del sitio (vacío: superficie en km2)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/connectivity.py" line="137"/>
        <source>Distance between sites</source>
        <translation>Distancia entre sitios</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/connectivity.py" line="137"/>
        <source>Edge to edge</source>
        <translation>De borde a borde</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/connectivity.py" line="137"/>
        <source>Between centres (largest part)</source>
        <translation>Entre centros (parte más grande)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/connectivity.py" line="145"/>
        <source>Median dispersal distance d (km)</source>
        <translation>Distancia de dispersión mediana d (km)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/connectivity.py" line="154"/>
        <source>Dispersal probability at distance d</source>
        <translation>Probabilidad de dispersión a la distancia d</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/connectivity.py" line="578"/>
        <source>Drop links with a probability below (pij_min)</source>
        <translation>Descartar enlaces con probabilidad inferior a (pij_min)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/connectivity.py" line="586"/>
        <source>Longest link (km, empty: set by pij_min)</source>
        <translation>Enlace más largo (km, vacío: lo fija pij_min)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/connectivity.py" line="182"/>
        <source>IIC link distance (km, empty: d)</source>
        <translation>Distancia de enlace del IIC (km, vacío: d)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/connectivity.py" line="190"/>
        <source>Landscape area A_L (km2, empty: PC and IIC not normalised)</source>
        <translation>Superficie del paisaje A_L (km2, vacío: PC e IIC sin normalizar)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/connectivity.py" line="198"/>
        <source>Equal-area CRS (empty: Lambert azimuthal equal-area)</source>
        <translation>CRS de igual área (vacío: acimutal equivalente de Lambert)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/connectivity.py" line="214"/>
        <source>Compute the importance of each site (dPC, dIIC)</source>
        <translation>Calcular la importancia de cada sitio (dPC, dIIC)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/connectivity.py" line="219"/>
        <source>Sites with connectivity importance</source>
        <translation>Sitios con su importancia para la conectividad</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/connectivity.py" line="226"/>
        <source>PCnum</source>
        <translation>PCnum</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/connectivity.py" line="226"/>
        <source>EC(PC), km2 or attribute units</source>
        <translation>EC(PC), km2 o unidades del atributo</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/connectivity.py" line="226"/>
        <source>PC (with a landscape area)</source>
        <translation>PC (con una superficie de paisaje)</translation>
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
        <translation>IIC (con una superficie de paisaje)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/connectivity.py" line="226"/>
        <source>Links (PC)</source>
        <translation>Enlaces (PC)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/connectivity.py" line="226"/>
        <source>Components (PC)</source>
        <translation>Componentes (PC)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/connectivity.py" line="290"/>
        <source>{n} sites, {links} links (PC), {comp} components.</source>
        <translation>{n} sitios, {links} enlaces (PC), {comp} componentes.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/connectivity.py" line="293"/>
        <source>PCnum {pcnum:.6g}; EC(PC) {ec:.6g}; intra {intra:.2f} %, direct {direct:.2f} %, step {step:.2f} %.</source>
        <translation>PCnum {pcnum:.6g}; EC(PC) {ec:.6g}; intra {intra:.2f} %, direct {direct:.2f} %, step {step:.2f} %.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/connectivity.py" line="305"/>
        <source>IICnum {num:.6g}; EC(IIC) {ec:.6g}.</source>
        <translation>IICnum {num:.6g}; EC(IIC) {ec:.6g}.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/connectivity.py" line="308"/>
        <source>PC {pc:.6g}; IIC {iic:.6g} (A_L = {area:g} km2).</source>
        <translation>PC {pc:.6g}; IIC {iic:.6g} (A_L = {area:g} km2).</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/connectivity.py" line="332"/>
        <source>Parameters: {params}</source>
        <translation>Parámetros: {params}</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/connectivity.py" line="354"/>
        <source>Connectivity importance of sites</source>
        <translation>Importancia de los sitios para la conectividad</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/connectivity.py" line="470"/>
        <source>&apos;{token}&apos; in the {what} is not a number: write e.g. 1, 10, 100.</source>
        <translation>«{token}» en «{what}» no es un número: escriba p. ej. 1, 10, 100.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/connectivity.py" line="476"/>
        <source>The {what} must be positive numbers (got {token}).</source>
        <translation>Los valores «{what}» deben ser números positivos (se recibió {token}).</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/connectivity.py" line="510"/>
        <source>ProtConn: protected and connected land (GBF Target 3)</source>
        <translation>ProtConn: tierra protegida y conectada (meta 3 del MMB)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/connectivity.py" line="513"/>
        <source>ProtConn is the percentage of a country&apos;s land that is protected and connected (Saura et al. 2017, 2018), the indicator of GBF Target 3 (30 % by 2030), computed here as the JRC DOPA computes it.

Protected areas: a WDPA download (polygons and points) or any site layer. WDPA layers are filtered as DOPA does: designated, inscribed and established sites; UNESCO-MAB Biosphere Reserves left out; points drawn as circles of their reported area; overlaps dissolved.

Countries: ISO3 codes (e.g. BFA,NER,MLI) in QGIS&apos;s world map or your border layer. Protected areas in neighbouring countries within the transboundary buffer count as stepping stones (they help movement between your country&apos;s protected areas but add no area).

Results per country and dispersal distance (1, 10 and 100 km as in DOPA): ProtConn, Prot (coverage), ProtUnconn, RelConn, ProtConn[Bound] (corrected for islands and borders), and where the connectivity comes from: [Prot] movement inside protected land ([Within] single sites, [Contig] adjacent sites), [Unprot] across unprotected land, [Trans] through foreign protected areas, in % of ProtConn and (the _land columns) in % of the country. The neighbours table says which neighbour supplies how much of [Trans]. Optional: each protected area&apos;s dProtConn (connectivity lost without it) and a time series by designation year (STATUS_YR) against the 30 % line. Every parameter is in the table columns and the layers&apos; metadata.</source>
        <translation>ProtConn es el porcentaje de la tierra de un país que está protegida y conectada (Saura et al. 2017, 2018), el indicador de la meta 3 del Marco Mundial de Biodiversidad (MMB) (30 % para 2030), calculado aquí como lo calcula el DOPA del JRC.

Áreas protegidas: una descarga de la WDPA (polígonos y puntos) o cualquier capa de sitios. Las capas WDPA se filtran como lo hace el DOPA: sitios designados, inscritos y establecidos; se excluyen las reservas de biosfera UNESCO-MAB; los puntos se dibujan como círculos de su superficie declarada; las superposiciones se disuelven.

Países: códigos ISO3 (p. ej. BFA,NER,MLI) en el mapa mundial de QGIS o en su capa de fronteras. Las áreas protegidas de los países vecinos dentro del búfer transfronterizo cuentan como elementos de paso (ayudan al desplazamiento entre las áreas protegidas de su país, pero no suman superficie).

Resultados por país y distancia de dispersión (1, 10 y 100 km como en el DOPA): ProtConn, Prot (cobertura), ProtUnconn, RelConn, ProtConn[Bound] (corregido por islas y fronteras), y de dónde viene la conectividad: [Prot] desplazamiento dentro de tierra protegida ([Within] sitios individuales, [Contig] sitios adyacentes), [Unprot] a través de tierra no protegida, [Trans] a través de áreas protegidas extranjeras, en % de ProtConn y (columnas _land) en % del país. La tabla de vecinos indica qué vecino aporta cuánto de [Trans]. Opcional: el dProtConn de cada área protegida (conectividad perdida sin ella) y una serie temporal por año de designación (STATUS_YR) frente a la línea del 30 %. Todos los parámetros están en las columnas de la tabla y en los metadatos de las capas.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/connectivity.py" line="538"/>
        <source>Protected areas (WDPA polygons and points, or any site layer)</source>
        <translation>Áreas protegidas (polígonos y puntos WDPA, o cualquier capa de sitios)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/connectivity.py" line="545"/>
        <source>Country ISO3 codes (comma separated)</source>
        <translation>Códigos ISO3 de los países (separados por comas)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/connectivity.py" line="548"/>
        <source>Border layer (empty: QGIS&apos;s world map)</source>
        <translation>Capa de fronteras (vacío: mapa mundial de QGIS)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/connectivity.py" line="556"/>
        <source>Median dispersal distances (km)</source>
        <translation>Distancias de dispersión medianas (km)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/connectivity.py" line="561"/>
        <source>Transboundary buffer (km)</source>
        <translation>Búfer transfronterizo (km)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/connectivity.py" line="570"/>
        <source>Dispersal probability at the median distance</source>
        <translation>Probabilidad de dispersión a la distancia mediana</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/inputs.py" line="338"/>
        <source>Include proposed sites (WDPA)</source>
        <translation>Incluir sitios propuestos (WDPA)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/inputs.py" line="338"/>
        <source>Include UNESCO-MAB Biosphere Reserves</source>
        <translation>Incluir reservas de biosfera UNESCO-MAB</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/connectivity.py" line="603"/>
        <source>Snapshot year (optional: sites designated by then)</source>
        <translation>Año de corte (opcional: sitios designados hasta entonces)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/connectivity.py" line="614"/>
        <source>ProtConn</source>
        <translation>ProtConn</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/connectivity.py" line="617"/>
        <source>ProtConn[Trans] by neighbour</source>
        <translation>ProtConn[Trans] por vecino</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/connectivity.py" line="622"/>
        <source>Protected areas with dProtConn</source>
        <translation>Áreas protegidas con dProtConn</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/connectivity.py" line="631"/>
        <source>ProtConn by year (time series)</source>
        <translation>ProtConn por año (serie temporal)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/connectivity.py" line="640"/>
        <source>ProtConn of the first row</source>
        <translation>ProtConn de la primera fila</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/connectivity.py" line="641"/>
        <source>Prot of the first row</source>
        <translation>Prot de la primera fila</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/connectivity.py" line="656"/>
        <source>No protected-area layer was given: choose the WDPA or a site layer.</source>
        <translation>No se indicó ninguna capa de áreas protegidas: elija la WDPA o una capa de sitios.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/connectivity.py" line="666"/>
        <source>dispersal distances</source>
        <translation>distancias de dispersión</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/connectivity.py" line="719"/>
        <source>{iso3}, d = {d:g} km: ProtConn {pc:.2f} % of {area:,.0f} km2 (Prot {prot:.2f} %, ProtConn[Bound] {bound}); [Prot] {p:.1f} %, [Trans] {t:.1f} %, [Unprot] {u:.1f} % of ProtConn; target {target:g} % {met}.</source>
        <translation>{iso3}, d = {d:g} km: ProtConn {pc:.2f} % de {area:,.0f} km2 (Prot {prot:.2f} %, ProtConn[Bound] {bound}); [Prot] {p:.1f} %, [Trans] {t:.1f} %, [Unprot] {u:.1f} % de ProtConn; meta del {target:g} % {met}.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/connectivity.py" line="719"/>
        <source>met</source>
        <translation>alcanzada</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/connectivity.py" line="719"/>
        <source>not met</source>
        <translation>no alcanzada</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/connectivity.py" line="744"/>
        <source>ProtConn (Saura et al. 2017, 2018) as the JRC DOPA computes it.</source>
        <translation>ProtConn (Saura et al. 2017, 2018), tal como lo calcula el DOPA del JRC.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/corridors.py" line="69"/>
        <source>Parameters that shape these results:</source>
        <translation>Parámetros que determinan estos resultados:</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/corridors.py" line="101"/>
        <source>Least-cost corridors between core areas</source>
        <translation>Corredores de menor costo entre áreas núcleo</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/corridors.py" line="132"/>
        <source>Core areas (polygons)</source>
        <translation>Áreas núcleo (polígonos)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/corridors.py" line="137"/>
        <source>Core id field (empty: feature id)</source>
        <translation>Campo de id de las áreas núcleo (vacío: id de entidad)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/corridors.py" line="145"/>
        <source>Resistance raster</source>
        <translation>Ráster de resistencia</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/corridors.py" line="148"/>
        <source>Band</source>
        <translation>Banda</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/corridors.py" line="153"/>
        <source>Corridor width (cost units: resistance x metres)</source>
        <translation>Ancho del corredor (unidades de costo: resistencia x metros)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/corridors.py" line="163"/>
        <source>Link each core to its k nearest cores (0: all)</source>
        <translation>Enlazar cada área núcleo con sus k áreas núcleo más cercanas (0: todas)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/corridors.py" line="183"/>
        <source>Maximum cost distance of a link (cost units, 0: no limit)</source>
        <translation>Distancia de costo máxima de un enlace (unidades de costo, 0: sin límite)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/corridors.py" line="193"/>
        <source>Drop links whose path crosses another core</source>
        <translation>Descartar enlaces cuya ruta atraviesa otra área núcleo</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/corridors.py" line="198"/>
        <source>Current flow in the corridors (pinch points)</source>
        <translation>Flujo de corriente en los corredores (puntos de estrangulamiento)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/corridors.py" line="203"/>
        <source>Current flow between</source>
        <translation>Flujo de corriente entre</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/corridors.py" line="203"/>
        <source>8 neighbouring cells</source>
        <translation>8 celdas vecinas</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/corridors.py" line="203"/>
        <source>4 neighbouring cells</source>
        <translation>4 celdas vecinas</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/corridors.py" line="211"/>
        <source>Corridor links (least-cost paths)</source>
        <translation>Enlaces de corredor (rutas de menor costo)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/corridors.py" line="216"/>
        <source>Corridor raster</source>
        <translation>Ráster de corredores</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/corridors.py" line="219"/>
        <source>Corridor polygons</source>
        <translation>Polígonos de corredores</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/corridors.py" line="228"/>
        <source>Current density (pinch points)</source>
        <translation>Densidad de corriente (puntos de estrangulamiento)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/corridors.py" line="236"/>
        <source>Corridor links</source>
        <translation>Enlaces de corredor</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/corridors.py" line="242"/>
        <source>Choose a core-area layer and a resistance raster.</source>
        <translation>Elija una capa de áreas núcleo y un ráster de resistencia.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/corridors.py" line="266"/>
        <source>Resistance raster &apos;{name}&apos;: {rows} x {cols} cells.</source>
        <translation>Ráster de resistencia «{name}»: {rows} x {cols} celdas.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/corridors.py" line="296"/>
        <source>{links} links kept of {pairs} pairs considered ({unreachable} unreachable, {costly} over the maximum cost, {through} through another core).</source>
        <translation>{links} enlaces conservados de {pairs} pares considerados ({unreachable} inalcanzables, {costly} por encima del costo máximo, {through} a través de otra área núcleo).</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/corridors.py" line="308"/>
        <source>Least-cost corridors (cmsconnectivity:corridors)</source>
        <translation>Corredores de menor costo (cmsconnectivity:corridors)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/corridors.py" line="341"/>
        <source>No current-density raster: tick &apos;Current flow in the corridors&apos; to compute it.</source>
        <translation>No hay ráster de densidad de corriente: marque «Flujo de corriente en los corredores» para calcularlo.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/corridors.py" line="375"/>
        <source>Flyway network and critical sites</source>
        <translation>Red de la ruta migratoria y sitios críticos</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/corridors.py" line="407"/>
        <source>Sites (points or polygons) with a role field</source>
        <translation>Sitios (puntos o polígonos) con un campo de rol</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/corridors.py" line="423"/>
        <source>Site id field (empty: feature id)</source>
        <translation>Campo de id del sitio (vacío: id de entidad)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/corridors.py" line="431"/>
        <source>Weight field, e.g. birds (empty: 1 per site)</source>
        <translation>Campo de peso, p. ej. aves (vacío: 1 por sitio)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/corridors.py" line="440"/>
        <source>...or a Movebank CSV of tracks (.csv or .csv.gz)</source>
        <translation>...o un CSV de Movebank con trayectorias (.csv o .csv.gz)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/tracks.py" line="91"/>
        <source>CSV files (*.csv *.csv.gz *.gz *.txt);;All files (*.*)</source>
        <translation>Archivos CSV (*.csv *.csv.gz *.gz *.txt);;Todos los archivos (*.*)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/corridors.py" line="448"/>
        <source>Stopover radius for tracks (km)</source>
        <translation>Radio de escala para las trayectorias (km)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/corridors.py" line="458"/>
        <source>Minimum stopover duration for tracks (h)</source>
        <translation>Duración mínima de escala para las trayectorias (h)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/corridors.py" line="468"/>
        <source>Maximum hop between sites (km)</source>
        <translation>Salto máximo entre sitios (km)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/corridors.py" line="478"/>
        <source>Distance</source>
        <translation>Distancia</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/corridors.py" line="478"/>
        <source>great-circle</source>
        <translation>ortodrómica (círculo máximo)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/corridors.py" line="478"/>
        <source>equal-area (straight line in LAEA)</source>
        <translation>de igual área (línea recta en LAEA)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/corridors.py" line="486"/>
        <source>Minimum progress per hop (km)</source>
        <translation>Avance mínimo por salto (km)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/corridors.py" line="496"/>
        <source>Weight breeding sites by the weight field</source>
        <translation>Ponderar los sitios de reproducción por el campo de peso</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/corridors.py" line="509"/>
        <source>Share of a site covered to count as protected</source>
        <translation>Proporción de un sitio cubierta para contar como protegido</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/corridors.py" line="520"/>
        <source>Flyway sites</source>
        <translation>Sitios de la ruta migratoria</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/corridors.py" line="525"/>
        <source>Flyway links</source>
        <translation>Enlaces de la ruta migratoria</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/corridors.py" line="530"/>
        <source>Critical sites</source>
        <translation>Sitios críticos</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/corridors.py" line="536"/>
        <source>Give either a site layer with a role field or a Movebank CSV of tracks (one of the two).</source>
        <translation>Indique una capa de sitios con un campo de rol o un CSV de Movebank con trayectorias (una de las dos cosas).</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/corridors.py" line="562"/>
        <source>Read {n} fixes of {k} individuals from &apos;{source}&apos;.</source>
        <translation>Se leyeron {n} localizaciones de {k} individuos de «{source}».</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/corridors.py" line="604"/>
        <source>{connected} of {breeding} breeding sites reach a non-breeding site; {n} critical site(s): {ids}.</source>
        <translation>{connected} de {breeding} sitios de reproducción llegan a un sitio no reproductivo; {n} sitio(s) crítico(s): {ids}.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/corridors.py" line="616"/>
        <source>Some breeding sites reach no non-breeding site within {hop:g} km hops: increase the maximum hop or add the missing stopovers.</source>
        <translation>Algunos sitios de reproducción no llegan a ningún sitio no reproductivo con saltos de {hop:g} km: aumente el salto máximo o agregue las escalas que faltan.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/corridors.py" line="626"/>
        <source>Flyway network (cmsconnectivity:flywaynetwork)</source>
        <translation>Red de la ruta migratoria (cmsconnectivity:flywaynetwork)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/exportmaps.py" line="55"/>
        <source>Export maps (overview and TFCA candidate atlas)</source>
        <translation>Exportar mapas (vista general y atlas de candidatas ACTF)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/exportmaps.py" line="61"/>
        <source>Makes the maps to hand over: an A4 landscape overview (PDF and PNG) of the network and TFCA candidates, and an A4 portrait page per TFCA candidate (one multi-page PDF, and one PNG per candidate) with a locator map and the candidate&apos;s key figures (countries, area per country, share already protected, species).

Give the GeoPackage of a run, or the layers one by one (a layer given here wins over the GeoPackage&apos;s). The pages come from the templates in resources/layouts/; with &apos;Add the layouts to the project&apos; they also appear in the Layout Manager, to edit in the Layout Designer. Runs on the main thread.</source>
        <translation>Genera los mapas para entregar: una vista general A4 horizontal (PDF y PNG) de la red y de las candidatas ACTF, y una página A4 vertical por candidata ACTF (un PDF de varias páginas y un PNG por candidata) con un mapa de ubicación y las cifras clave de la candidata (países, superficie por país, proporción ya protegida, especies).

Indique el GeoPackage de una ejecución, o las capas una por una (una capa indicada aquí prevalece sobre la del GeoPackage). Las páginas provienen de las plantillas de resources/layouts/; con «Agregar los diseños al proyecto» también aparecen en el administrador de diseños, para editarlas en el diseñador de impresión. Se ejecuta en el hilo principal.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/exportmaps.py" line="74"/>
        <source>GeoPackage of a run</source>
        <translation>GeoPackage de una ejecución</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/exportmaps.py" line="90"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/exportmaps.py" line="97"/>
        <source>Data sources and licences</source>
        <translation>Fuentes de datos y licencias</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/exportmaps.py" line="102"/>
        <source>Add the layouts to the project</source>
        <translation>Agregar los diseños al proyecto</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/package.py" line="109"/>
        <source>Overview map (PDF)</source>
        <translation>Mapa general (PDF)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/exportmaps.py" line="111"/>
        <source>Overview map (PNG)</source>
        <translation>Mapa general (PNG)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/exportmaps.py" line="112"/>
        <source>TFCA candidate atlas (PDF)</source>
        <translation>Atlas de candidatas ACTF (PDF)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/exportmaps.py" line="113"/>
        <source>TFCA candidate pages (PNG)</source>
        <translation>Páginas de candidatas ACTF (PNG)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/exportmaps.py" line="116"/>
        <source>Number of candidate pages</source>
        <translation>Número de páginas de candidatas</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/exportmaps.py" line="128"/>
        <source>Give the GeoPackage of a run or at least one layer to map.</source>
        <translation>Indique el GeoPackage de una ejecución o al menos una capa que cartografiar.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/exportmaps.py" line="148"/>
        <source>Exporting the overview map…</source>
        <translation>Exportando el mapa general…</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/exportmaps.py" line="169"/>
        <source>No TFCA candidate to map: no cluster of selected sites spans two or more countries. Only the overview map was exported.</source>
        <translation>No hay candidatas ACTF que cartografiar: ninguna agrupación de sitios seleccionados abarca dos o más países. Solo se exportó el mapa general.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/exportmaps.py" line="178"/>
        <source>Exporting one page per TFCA candidate…</source>
        <translation>Exportando una página por candidata ACTF…</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/exportmaps.py" line="203"/>
        <source>GeoPackage not found: {path}.</source>
        <translation>No se encontró el GeoPackage: {path}.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/exportmaps.py" line="216"/>
        <source>{path} holds none of the layers of a run.</source>
        <translation>{path} no contiene ninguna de las capas de una ejecución.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/inputs.py" line="152"/>
        <source>Prepare species ranges</source>
        <translation>Preparar áreas de distribución de especies</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/inputs.py" line="155"/>
        <source>Turns species range maps into planning features: one polygon per species and season.

Layers: one or several polygon layers, each with one species or many. The fields are recognised automatically for IUCN Red List (binomial, presence, origin, seasonal), BirdLife (SCINAME, PRESENCE, ORIGIN, SEASONAL), NatureServe (SCI_NAME, ORIGIN) and eBird Status &amp; Trends (scientific_name, season) files. For any other layer, type the name of the species field (and, if the layer has them, the presence, origin and seasonal fields).

Codes to keep follow the IUCN Red List: presence 1 extant, 2 probably extant (3 possibly extant, 4 possibly extinct, 5 extinct, 6 uncertain); origin 1 native, 2 reintroduced (3 introduced, 4 vagrant, 5 uncertain, 6 assisted colonisation); seasonal 1 resident, 2 breeding, 3 non-breeding, 4 passage (5 uncertain). Write them separated by commas, e.g. 1,2 or 1-4. A resident range counts in every season of its species.

Invalid geometries are repaired; features with unknown codes are dropped and listed in the log. Give a study area to be warned about species that do not occur in it.</source>
        <translation>Convierte mapas de áreas de distribución de especies en elementos de planificación: un polígono por especie y temporada.

Capas: una o varias capas de polígonos, cada una con una o muchas especies. Los campos se reconocen automáticamente en los archivos de la Lista Roja de la UICN (binomial, presence, origin, seasonal), BirdLife (SCINAME, PRESENCE, ORIGIN, SEASONAL), NatureServe (SCI_NAME, ORIGIN) y eBird Status &amp; Trends (scientific_name, season). Para cualquier otra capa, escriba el nombre del campo de especie (y, si la capa los tiene, los campos de presencia, origen y estacionalidad).

Los códigos que conservar siguen la Lista Roja de la UICN: presencia 1 existente, 2 probablemente existente (3 posiblemente existente, 4 posiblemente extinta, 5 extinta, 6 incierta); origen 1 nativa, 2 reintroducida (3 introducida, 4 divagante, 5 incierto, 6 colonización asistida); estacionalidad 1 residente, 2 reproductiva, 3 no reproductiva, 4 de paso (5 incierta). Escríbalos separados por comas, p. ej. 1,2 o 1-4. Un área de residencia cuenta en cada temporada de su especie.

Las geometrías no válidas se reparan; las entidades con códigos desconocidos se descartan y se enumeran en el registro. Indique un área de estudio para recibir avisos sobre las especies que no están presentes en ella.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/inputs.py" line="187"/>
        <source>Range layers</source>
        <translation>Capas de áreas de distribución</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/inputs.py" line="192"/>
        <source>Species field (only if not recognised)</source>
        <translation>Campo de especie (solo si no se reconoce)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/inputs.py" line="192"/>
        <source>Presence field (optional)</source>
        <translation>Campo de presencia (opcional)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/inputs.py" line="192"/>
        <source>Origin field (optional)</source>
        <translation>Campo de origen (opcional)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/inputs.py" line="192"/>
        <source>Seasonal field (optional)</source>
        <translation>Campo de estacionalidad (opcional)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/inputs.py" line="199"/>
        <source>Presence codes to keep</source>
        <translation>Códigos de presencia que conservar</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/inputs.py" line="199"/>
        <source>Origin codes to keep</source>
        <translation>Códigos de origen que conservar</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/inputs.py" line="199"/>
        <source>Seasonal codes to keep</source>
        <translation>Códigos de estacionalidad que conservar</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/inputs.py" line="355"/>
        <source>Target CRS (default: the first layer&apos;s)</source>
        <translation>CRS de destino (por defecto: el de la primera capa)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/inputs.py" line="210"/>
        <source>Study area (optional, to warn about species outside it)</source>
        <translation>Área de estudio (opcional, para avisar de especies fuera de ella)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/inputs.py" line="218"/>
        <source>Species-season ranges</source>
        <translation>Áreas de distribución por especie y temporada</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/qgis_io/layouts.py" line="967"/>
        <source>Species-season features</source>
        <translation>Elementos especie-temporada</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/inputs.py" line="305"/>
        <source>Prepare sites (protected areas, KBAs, Ramsar sites)</source>
        <translation>Preparar sitios (áreas protegidas, KBA, sitios Ramsar)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/inputs.py" line="308"/>
        <source>Combines site layers into one table of sites, ready for planning and connectivity.

WDPA layers (from protectedplanet.net, polygons or points) are read as the JRC DOPA prepares them for ProtConn: only designated, inscribed and established sites are kept (tick the boxes to add proposed or not-reported ones); UNESCO-MAB Biosphere Reserves are left out unless ticked; a point site becomes a circle with its reported area (REP_AREA, km2), and points without an area are dropped. Parcels sharing a WDPAID become one site.

Any other polygon layer (Key Biodiversity Areas, Ramsar sites, Important Bird Areas, your own drawing) works too: the site name is taken from a field such as NAME or name_en, or from the field you type.

Snapshot year: keep only sites designated in or before that year (STATUS_YR); sites without a year are kept and counted. The optional network output dissolves overlapping sites so that no area counts twice.</source>
        <translation>Combina capas de sitios en una sola tabla de sitios, lista para la planificación y la conectividad.

Las capas WDPA (de protectedplanet.net, polígonos o puntos) se leen como las prepara el DOPA del JRC para ProtConn: solo se conservan los sitios designados, inscritos y establecidos (marque las casillas para agregar los propuestos o no declarados); las reservas de biosfera UNESCO-MAB se excluyen salvo que se marque la casilla; un sitio puntual se convierte en un círculo con su superficie declarada (REP_AREA, km2), y los puntos sin superficie se descartan. Las parcelas que comparten un WDPAID forman un solo sitio.

También sirve cualquier otra capa de polígonos (áreas clave para la biodiversidad (KBA), sitios Ramsar, áreas importantes para la conservación de las aves, sus propios dibujos): el nombre del sitio se toma de un campo como NAME o name_en, o del campo que usted escriba.

Año de corte: conservar solo los sitios designados ese año o antes (STATUS_YR); los sitios sin año se conservan y se cuentan. La salida opcional de red disuelve los sitios superpuestos para que ninguna superficie cuente dos veces.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/inputs.py" line="326"/>
        <source>Site layers (polygons or points)</source>
        <translation>Capas de sitios (polígonos o puntos)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/inputs.py" line="333"/>
        <source>Name field (optional, default: detected)</source>
        <translation>Campo de nombre (opcional, por defecto: detectado)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/inputs.py" line="338"/>
        <source>Include sites with status &apos;Not Reported&apos; (WDPA)</source>
        <translation>Incluir sitios con estado «Not Reported» (WDPA)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/inputs.py" line="344"/>
        <source>Snapshot year (optional)</source>
        <translation>Año de corte (opcional)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/inputs.py" line="374"/>
        <source>Sites</source>
        <translation>Sitios</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/inputs.py" line="365"/>
        <source>Dissolved network</source>
        <translation>Red disuelta</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/inputs.py" line="414"/>
        <source>Dissolved network: {n} parts, {area:.1f} km2.</source>
        <translation>Red disuelta: {n} partes, {area:.1f} km2.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/base.py" line="47"/>
        <source>Marxan</source>
        <translation>Marxan</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/marxan.py" line="63"/>
        <source>The {what} of feature {row} in &apos;{layer}&apos; is &apos;{value}&apos;: Marxan needs whole numbers; choose an integer id field, or leave it empty to use feature ids.</source>
        <translation>El valor «{what}» de la entidad {row} en «{layer}» es «{value}»: Marxan necesita números enteros; elija un campo de id entero o déjelo vacío para usar los id de entidad.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/marxan.py" line="123"/>
        <source>Import Marxan project</source>
        <translation>Importar proyecto de Marxan</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/marxan.py" line="126"/>
        <source>Reads a Marxan project (its input.dat and the pu.dat it names) and gives one row per planning unit with its id (puid), cost and status (0 free, 1 initial, 2 locked in, 3 locked out). If the project&apos;s output folder holds the results of a run (Marxan&apos;s or &apos;Solve Marxan project&apos;), the best solution (solution: 1 = selected), the summed solution (number of runs selecting the unit) and the selection frequency (number / runs) are added.

Give the planning-unit polygons and their id field to get a map: the polygons come out with these fields joined by id (fields already present get the suffix _mx). Without polygons the result is a table. Use it to map Marxan results or to check a project before solving it.</source>
        <translation>Lee un proyecto de Marxan (su input.dat y el pu.dat que indica) y da una fila por unidad de planificación con su id (puid), costo y estado (0 libre, 1 inicial, 2 fijada, 3 excluida). Si la carpeta de salida del proyecto contiene los resultados de una ejecución (de Marxan o de «Resolver proyecto de Marxan»), se agregan la mejor solución (solution: 1 = seleccionada), la solución sumada (número de ejecuciones que seleccionan la unidad) y la frecuencia de selección (número / ejecuciones).

Indique los polígonos de las unidades de planificación y su campo de id para obtener un mapa: los polígonos salen con estos campos unidos por id (los campos ya presentes reciben el sufijo _mx). Sin polígonos el resultado es una tabla. Úselo para cartografiar los resultados de Marxan o para revisar un proyecto antes de resolverlo.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/solve.py" line="61"/>
        <source>Marxan input file (input.dat)</source>
        <translation>Archivo de entrada de Marxan (input.dat)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/solve.py" line="61"/>
        <source>Marxan input files (*.dat);;All files (*.*)</source>
        <translation>Archivos de entrada de Marxan (*.dat);;Todos los archivos (*.*)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/marxan.py" line="147"/>
        <source>Planning-unit polygons (optional)</source>
        <translation>Polígonos de las unidades de planificación (opcional)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/marxan.py" line="155"/>
        <source>Planning-unit id field (the id of pu.dat)</source>
        <translation>Campo de id de las unidades de planificación (el id de pu.dat)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/marxan.py" line="163"/>
        <source>Marxan planning units</source>
        <translation>Unidades de planificación de Marxan</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/marxan.py" line="177"/>
        <source>Choose the id field of the planning-unit polygons: the field holding the ids of pu.dat.</source>
        <translation>Elija el campo de id de los polígonos de las unidades de planificación: el campo que contiene los id de pu.dat.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/marxan.py" line="198"/>
        <source>{n} planning units read; result fields: {fields}.</source>
        <translation>{n} unidades de planificación leídas; campos del resultado: {fields}.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/marxan.py" line="240"/>
        <source>{matched} of {total} polygons matched a planning unit of pu.dat.</source>
        <translation>{matched} de {total} polígonos coinciden con una unidad de planificación de pu.dat.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/marxan.py" line="246"/>
        <source>{count} polygon(s) have an id that is not in pu.dat; their Marxan fields are empty.</source>
        <translation>{count} polígono(s) tienen un id que no está en pu.dat; sus campos de Marxan están vacíos.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/marxan.py" line="254"/>
        <source>{count} planning unit(s) of pu.dat have no polygon.</source>
        <translation>{count} unidad(es) de planificación de pu.dat no tienen polígono.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/marxan.py" line="277"/>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/marxan.py" line="293"/>
        <source>planning-unit areas</source>
        <translation>superficies de las unidades de planificación</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/marxan.py" line="300"/>
        <source>status</source>
        <translation>estado</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/marxan.py" line="303"/>
        <source>The status of planning unit {id} is {value}: use 0 (free), 1 (initial), 2 (locked in) or 3 (locked out).</source>
        <translation>El estado de la unidad de planificación {id} es {value}: use 0 (libre), 1 (inicial), 2 (fijada) o 3 (excluida).</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/marxan.py" line="314"/>
        <source>The amounts table &apos;{layer}&apos; has no field &apos;{field}&apos;: choose one of {fields}.</source>
        <translation>La tabla de cantidades «{layer}» no tiene el campo «{field}»: elija uno de {fields}.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/marxan.py" line="319"/>
        <source>unit id</source>
        <translation>id de unidad</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/marxan.py" line="334"/>
        <source>The amounts table names unit {id}, which is not among the planning units&apos; ids: use the same unit id field as when the amounts were computed.</source>
        <translation>La tabla de cantidades menciona la unidad {id}, que no está entre los id de las unidades de planificación: use el mismo campo de id de unidad que cuando se calcularon las cantidades.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/marxan.py" line="342"/>
        <source>The amounts table &apos;{layer}&apos; is empty: compute the species amounts first.</source>
        <translation>La tabla de cantidades «{layer}» está vacía: calcule primero las cantidades de especies.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/marxan.py" line="351"/>
        <source>A BLM of {blm} needs the boundary file: tick &apos;Write bound.dat&apos; or set BLM 0.</source>
        <translation>Un BLM de {blm} necesita el archivo de bordes: marque «Escribir bound.dat» o ponga BLM en 0.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/marxan.py" line="398"/>
        <source>Export Marxan project</source>
        <translation>Exportar proyecto de Marxan</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/marxan.py" line="401"/>
        <source>Writes planning units and species amounts as a Marxan project: input.dat and, in the input folder, pu.dat (id, cost, status, xloc, yloc), spec.dat (id, prop, spf, name), puvspr.dat (species, pu, amount) and bound.dat (id1, id2, boundary). The project opens in Marxan, prioritizr, CLUZ and &apos;Solve Marxan project&apos;.

Planning units: polygons with an integer id field (empty: feature ids), an optional cost field (empty: the unit&apos;s area in km2) and an optional status field (0 free, 2 locked in e.g. existing protected areas, 3 locked out). Amounts: the table made by &apos;Species amounts per planning unit&apos; (unit_id, feature, amount_km2). Target: the percentage of each feature&apos;s total amount to protect (30 % = GBF Target 3), written as Marxan&apos;s prop. BLM: boundary length modifier, in cost per km of edge (0 ignores compactness); boundary lengths are measured in km in an equal-area projection, and edges on the study-area outline are written as the unit&apos;s own (id1 = id2) row. Feature names lose spaces and separators, which Marxan cannot read.</source>
        <translation>Escribe las unidades de planificación y las cantidades de especies como un proyecto de Marxan: input.dat y, en la carpeta de entrada, pu.dat (id, cost, status, xloc, yloc), spec.dat (id, prop, spf, name), puvspr.dat (species, pu, amount) y bound.dat (id1, id2, boundary). El proyecto se abre en Marxan, prioritizr, CLUZ y «Resolver proyecto de Marxan».

Unidades de planificación: polígonos con un campo de id entero (vacío: id de entidad), un campo de costo opcional (vacío: la superficie de la unidad en km2) y un campo de estado opcional (0 libre, 2 fijada, p. ej. áreas protegidas existentes, 3 excluida). Cantidades: la tabla generada por «Cantidades de especies por unidad de planificación» (unit_id, feature, amount_km2). Meta: el porcentaje de la cantidad total de cada elemento que proteger (30 % = meta 3 del MMB), escrito como el prop de Marxan. BLM: modificador de longitud de borde, en costo por km de borde (0 ignora la compacidad); las longitudes de borde se miden en km en una proyección de igual área, y los bordes sobre el contorno del área de estudio se escriben como fila propia de la unidad (id1 = id2). Los nombres de los elementos pierden los espacios y separadores, que Marxan no puede leer.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/marxan.py" line="424"/>
        <source>Unit id field (integer; empty: feature id)</source>
        <translation>Campo de id de unidad (entero; vacío: id de entidad)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/marxan.py" line="424"/>
        <source>Cost field (empty: area in km2)</source>
        <translation>Campo de costo (vacío: superficie en km2)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/marxan.py" line="424"/>
        <source>Status field (0 free, 2 locked in, 3 locked out)</source>
        <translation>Campo de estado (0 libre, 2 fijada, 3 excluida)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/marxan.py" line="434"/>
        <source>Species amounts table</source>
        <translation>Tabla de cantidades de especies</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/marxan.py" line="439"/>
        <source>Amounts: unit id field</source>
        <translation>Cantidades: campo de id de unidad</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/marxan.py" line="439"/>
        <source>Amounts: feature field</source>
        <translation>Cantidades: campo de elemento</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/marxan.py" line="439"/>
        <source>Amounts: amount field</source>
        <translation>Cantidades: campo de cantidad</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/marxan.py" line="455"/>
        <source>Target (% of each feature)</source>
        <translation>Meta (% de cada elemento)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/marxan.py" line="476"/>
        <source>Write bound.dat</source>
        <translation>Escribir bound.dat</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/marxan.py" line="477"/>
        <source>Number of solutions (NUMREPS)</source>
        <translation>Número de soluciones (NUMREPS)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/marxan.py" line="491"/>
        <source>Marxan project folder</source>
        <translation>Carpeta del proyecto de Marxan</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/marxan.py" line="492"/>
        <source>Marxan input file</source>
        <translation>Archivo de entrada de Marxan</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/marxan.py" line="527"/>
        <source>Marxan project written: {n} planning units, {m} features, {path}.</source>
        <translation>Proyecto de Marxan escrito: {n} unidades de planificación, {m} elementos, {path}.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/planning_units.py" line="97"/>
        <source>Build planning units</source>
        <translation>Crear unidades de planificación</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/planning_units.py" line="160"/>
        <source>Study area polygon (instead of countries)</source>
        <translation>Polígono del área de estudio (en lugar de países)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/planning_units.py" line="168"/>
        <source>Hexagons</source>
        <translation>Hexágonos</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/planning_units.py" line="168"/>
        <source>Squares</source>
        <translation>Cuadrados</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/planning_units.py" line="168"/>
        <source>Polygons of a layer (sites, parcels...)</source>
        <translation>Polígonos de una capa (sitios, parcelas...)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/planning_units.py" line="176"/>
        <source>Hexagon or square area (km2)</source>
        <translation>Superficie de los hexágonos o cuadrados (km2)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/planning_units.py" line="186"/>
        <source>Unit layer (for polygons of a layer)</source>
        <translation>Capa de unidades (para polígonos de una capa)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/planning_units.py" line="191"/>
        <source>Unit id field (default: feature id)</source>
        <translation>Campo de id de unidad (por defecto: id de entidad)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/planning_units.py" line="199"/>
        <source>Cost raster (mean per unit)</source>
        <translation>Ráster de costo (media por unidad)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/planning_units.py" line="204"/>
        <source>Cost field of the unit layer</source>
        <translation>Campo de costo de la capa de unidades</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/planning_units.py" line="213"/>
        <source>Units without raster cost</source>
        <translation>Unidades sin costo del ráster</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/planning_units.py" line="213"/>
        <source>Stop with an error</source>
        <translation>Detenerse con un error</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/planning_units.py" line="213"/>
        <source>Give them the mean cost of the other units</source>
        <translation>Asignarles el costo medio de las demás unidades</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/planning_units.py" line="256"/>
        <source>Edge tolerance for units of a layer (m)</source>
        <translation>Tolerancia de borde para las unidades de una capa (m)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/planning_units.py" line="264"/>
        <source>CRS of the units (default: equal-area, centred on the study area)</source>
        <translation>CRS de las unidades (por defecto: de igual área, centrado en el área de estudio)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/planning_units.py" line="279"/>
        <source>Boundary table (CSV)</source>
        <translation>Tabla de bordes (CSV)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/planning_units.py" line="279"/>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/planning_units.py" line="288"/>
        <source>Number of planning units</source>
        <translation>Número de unidades de planificación</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/planning_units.py" line="299"/>
        <source>A study-area layer is given: the country codes {codes} are not used.</source>
        <translation>Se indicó una capa de área de estudio: no se usan los códigos de país {codes}.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/planning_units.py" line="308"/>
        <source>No study area: give ISO3 country codes (e.g. BEL,LUX) or choose a study-area polygon layer.</source>
        <translation>No hay área de estudio: indique códigos de país ISO3 (p. ej. BEL,LUX) o elija una capa de polígonos del área de estudio.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/simulate.py" line="164"/>
        <source>{n} far overseas part(s) of the countries were left out.</source>
        <translation>Se excluyeron {n} parte(s) lejana(s) de ultramar de los países.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/planning_units.py" line="362"/>
        <source>Both a cost raster and a cost field are given: choose one of them (or neither, for cost = area).</source>
        <translation>Se indicaron un ráster de costo y un campo de costo: elija uno de los dos (o ninguno, para costo = superficie).</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/planning_units.py" line="394"/>
        <source>Planning units from a layer need the unit layer: choose a polygon layer (e.g. your sites) as unit layer.</source>
        <translation>Las unidades de planificación tomadas de una capa necesitan la capa de unidades: elija una capa de polígonos (p. ej. sus sitios) como capa de unidades.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/planning_units.py" line="401"/>
        <source>Reading protected areas</source>
        <translation>Lectura de las áreas protegidas</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/planning_units.py" line="411"/>
        <source>Building planning units</source>
        <translation>Construcción de las unidades de planificación</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/planning_units.py" line="434"/>
        <source>Writing the planning units</source>
        <translation>Escritura de las unidades de planificación</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/planning_units.py" line="436"/>
        <source>{n} polygon(s) of &apos;{layer}&apos; lie outside the study area and were left out.</source>
        <translation>{n} polígono(s) de «{layer}» quedan fuera del área de estudio y se excluyeron.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/planning_units.py" line="468"/>
        <source>The boundary table &apos;{path}&apos; cannot be written ({reason}): choose another file.</source>
        <translation>No se puede escribir la tabla de bordes «{path}» ({reason}): elija otro archivo.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/solve.py" line="37"/>
        <source>Solve Marxan project (exact)</source>
        <translation>Resolver proyecto de Marxan (exacto)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/solve.py" line="40"/>
        <source>Solves a Marxan project exactly with the HiGHS solver instead of simulated annealing: every target is met (a target that cannot be met is named with its shortfall), the cost plus BLM x boundary length is as low as possible, and the solver proves how close to the best possible the answer is (the gap).

Give Marxan&apos;s input.dat, or the project folder holding it. Its settings are used as Marxan would: status 2 locks a unit in, 3 locks it out, prop or target per feature, BLM with bound.dat. NUMREPS above 1 gives that many different good solutions (each differs from the others in at least one unit) and the selection frequency. Two extra lines in input.dat, which Marxan ignores, control the solver: MIPGAP (relative gap, default 0.001 = 0.1 %) and TIMELIMIT (seconds per solution); when the time runs out the best selection found is kept and the log gives its gap.

Marxan&apos;s output files (_best, _ssoln, _mvbest, _sum, _log.dat, ...) are written to the project&apos;s OUTPUTDIR, so CLUZ and other Marxan tools read them unchanged. The result table has one row per planning unit: puid, cost, status, solution (1 = in the best solution), number (runs selecting it) and frequency (share of runs); join it to the planning units with &apos;Import Marxan project&apos;.</source>
        <translation>Resuelve de forma exacta un proyecto de Marxan con el solucionador HiGHS en lugar del recocido simulado: se cumple cada meta (una meta que no se puede cumplir se indica con su déficit), el costo más BLM x longitud de borde es lo más bajo posible, y el solucionador demuestra cuán cerca está la respuesta de la mejor posible (la brecha).

Indique el input.dat de Marxan o la carpeta del proyecto que lo contiene. Su configuración se usa como lo haría Marxan: el estado 2 fija una unidad, el 3 la excluye, prop o target por elemento, BLM con bound.dat. Un NUMREPS mayor que 1 da esa cantidad de buenas soluciones distintas (cada una difiere de las demás en al menos una unidad) y la frecuencia de selección. Dos líneas adicionales en input.dat, que Marxan ignora, controlan el solucionador: MIPGAP (brecha relativa, 0.001 = 0,1 % por defecto) y TIMELIMIT (segundos por solución); cuando se agota el tiempo, se conserva la mejor selección encontrada y el registro indica su brecha.

Los archivos de salida de Marxan (_best, _ssoln, _mvbest, _sum, _log.dat, ...) se escriben en el OUTPUTDIR del proyecto, de modo que CLUZ y otras herramientas de Marxan los leen sin cambios. La tabla de resultados tiene una fila por unidad de planificación: puid, cost, status, solution (1 = en la mejor solución), number (ejecuciones que la seleccionan) y frequency (proporción de ejecuciones); únala a las unidades de planificación con «Importar proyecto de Marxan».</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/solve.py" line="69"/>
        <source>or the Marxan project folder (holding input.dat)</source>
        <translation>o la carpeta del proyecto de Marxan (que contiene input.dat)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/solve.py" line="77"/>
        <source>Solver threads (0: automatic)</source>
        <translation>Hilos del solucionador (0: automático)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/solve.py" line="88"/>
        <source>Solution per planning unit</source>
        <translation>Solución por unidad de planificación</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/solve.py" line="93"/>
        <source>Marxan output folder</source>
        <translation>Carpeta de salida de Marxan</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/solve.py" line="94"/>
        <source>Best solution file</source>
        <translation>Archivo de la mejor solución</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/solve.py" line="95"/>
        <source>Log file</source>
        <translation>Archivo de registro</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/solve.py" line="97"/>
        <source>Objective (score)</source>
        <translation>Objetivo (puntuación)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/solve.py" line="98"/>
        <source>Relative gap</source>
        <translation>Brecha relativa</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/solve.py" line="106"/>
        <source>Give the Marxan input file (input.dat) or the project folder.</source>
        <translation>Indique el archivo de entrada de Marxan (input.dat) o la carpeta del proyecto.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/solve.py" line="114"/>
        <source>Searching for a first solution</source>
        <translation>Búsqueda de una primera solución</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/solve.py" line="116"/>
        <source>Objective {objective:,.6g}, gap {gap:.3%}</source>
        <translation>Objetivo {objective:,.6g}, brecha {gap:.3%}</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/solve.py" line="151"/>
        <source>{met} of {total} targets met; {units} units selected, score {score:,.6g}; solver {status}, gap {gap:.3%}; {runs} run(s).</source>
        <translation>{met} de {total} metas alcanzadas; {units} unidades seleccionadas, puntuación {score:,.6g}; solucionador {status}, brecha {gap:.3%}; {runs} ejecución(es).</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/tfca.py" line="112"/>
        <source>Planning units (with selection)</source>
        <translation>Unidades de planificación (con selección)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/tfca.py" line="129"/>
        <source>Season field</source>
        <translation>Campo de temporada</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/tfca.py" line="134"/>
        <source>Existing sites (optional)</source>
        <translation>Sitios existentes (opcional)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/tfca.py" line="139"/>
        <source>Country borders (optional, iso3 field)</source>
        <translation>Fronteras de los países (opcional, campo iso3)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/tfca.py" line="146"/>
        <source>Minimum share of a country in a candidate</source>
        <translation>Proporción mínima de un país en una candidata</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/tfca.py" line="146"/>
        <source>Weight: transboundary species</source>
        <translation>Peso: especies transfronterizas</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/tfca.py" line="146"/>
        <source>Weight: area</source>
        <translation>Peso: superficie</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/tfca.py" line="146"/>
        <source>Weight: unprotected share</source>
        <translation>Peso: proporción no protegida</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/tfca.py" line="146"/>
        <source>Weight: network importance (dPC)</source>
        <translation>Peso: importancia para la red (dPC)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/tfca.py" line="171"/>
        <source>Transboundary habitats</source>
        <translation>Hábitats transfronterizos</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/tfca.py" line="212"/>
        <source>Clustering the chosen units and sites</source>
        <translation>Agrupación de las unidades y sitios elegidos</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/tfca.py" line="245"/>
        <source>{n} TFCA candidate(s) spanning two or more countries.</source>
        <translation>{n} candidata(s) ACTF que abarcan dos o más países.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/tfca.py" line="259"/>
        <source>{n} transboundary habitat part(s) along shared borders.</source>
        <translation>{n} parte(s) de hábitat transfronterizo a lo largo de fronteras compartidas.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/tracks.py" line="83"/>
        <source>Tracking points (point layer)</source>
        <translation>Puntos de seguimiento (capa de puntos)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/tracks.py" line="91"/>
        <source>...or a Movebank CSV file (.csv or .csv.gz)</source>
        <translation>...o un archivo CSV de Movebank (.csv o .csv.gz)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/tracks.py" line="100"/>
        <source>Individual id field (empty: detect)</source>
        <translation>Campo de id de individuo (vacío: detectar)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/tracks.py" line="101"/>
        <source>Timestamp field, UTC (empty: detect)</source>
        <translation>Campo de marca de tiempo, UTC (vacío: detectar)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/tracks.py" line="104"/>
        <source>Movement state field (empty: detect)</source>
        <translation>Campo de estado de movimiento (vacío: detectar)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/tracks.py" line="132"/>
        <source>No tracks given: choose a point layer of GPS fixes or a Movebank CSV file (one of the two).</source>
        <translation>No se indicaron trayectorias: elija una capa de puntos de localizaciones GPS o un archivo CSV de Movebank (una de las dos cosas).</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/tracks.py" line="139"/>
        <source>Both a point layer and a CSV file are given: choose one of the two (clear the other).</source>
        <translation>Se indicaron una capa de puntos y un archivo CSV: elija uno de los dos (vacíe el otro).</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/tracks.py" line="162"/>
        <source>Read {n} fixes of {k} individuals from &apos;{source}&apos; ({dup} duplicate fixes and {missing} without a location left out).</source>
        <translation>Se leyeron {n} localizaciones de {k} individuos de «{source}» (se descartaron {dup} localizaciones duplicadas y {missing} sin posición).</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/tracks.py" line="186"/>
        <source>Tracks to stopover sites</source>
        <translation>Trayectorias a sitios de escala</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/tracks.py" line="218"/>
        <source>Stopover radius (km)</source>
        <translation>Radio de escala (km)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/tracks.py" line="228"/>
        <source>Minimum stopover duration (h)</source>
        <translation>Duración mínima de escala (h)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/tracks.py" line="258"/>
        <source>Stopover sites</source>
        <translation>Sitios de escala</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/tracks.py" line="259"/>
        <source>Stopover visits</source>
        <translation>Visitas de escala</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/tracks.py" line="293"/>
        <source>No stopover found: try a larger radius or a shorter minimum duration, or check that the fixes are frequent enough (at least one every few hours).</source>
        <translation>No se encontró ninguna escala: pruebe un radio mayor o una duración mínima más corta, o compruebe que las localizaciones sean lo bastante frecuentes (al menos una cada pocas horas).</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/tracks.py" line="326"/>
        <source>Tracks to seasonal ranges</source>
        <translation>Trayectorias a áreas estacionales</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/tracks.py" line="368"/>
        <source>Classify seasons by</source>
        <translation>Clasificar las temporadas por</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/tracks.py" line="368"/>
        <source>dates (day-of-year windows)</source>
        <translation>fechas (ventanas de días del año)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/tracks.py" line="368"/>
        <source>movement-state field</source>
        <translation>campo de estado de movimiento</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/tracks.py" line="382"/>
        <source>Species (scientific name)</source>
        <translation>Especie (nombre científico)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/tracks.py" line="387"/>
        <source>Buffer around fixes (km)</source>
        <translation>Búfer alrededor de las localizaciones (km)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/tracks.py" line="408"/>
        <source>Migration</source>
        <translation>Migración</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/tracks.py" line="430"/>
        <source>Extra state values (value=season; ...)</source>
        <translation>Valores de estado adicionales (valor=temporada; ...)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/tracks.py" line="437"/>
        <source>Seasonal ranges</source>
        <translation>Áreas estacionales</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/tracks.py" line="468"/>
        <source>resident</source>
        <translation>residente</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/tracks.py" line="468"/>
        <source>passage</source>
        <translation>de paso</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/tracks.py" line="472"/>
        <source>{season}: {fixes} fixes of {birds} individuals, {area:,.0f} km2.</source>
        <translation>{season}: {fixes} localizaciones de {birds} individuos, {area:,.0f} km2.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/tracks.py" line="483"/>
        <source>{n} fixes could not be given a season (outside the date windows, an unmapped state, or a bird that never migrated) and are not in any range.</source>
        <translation>A {n} localizaciones no se les pudo asignar una temporada (fuera de las ventanas de fechas, un estado sin asignar o un ave que nunca migró) y no están en ningún área.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/qgis_io/layouts.py" line="495"/>
        <source>Layout template not found: {path}. Reinstall the plugin.</source>
        <translation>No se encontró la plantilla de diseño: {path}. Reinstale el complemento.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/qgis_io/layouts.py" line="501"/>
        <source>Layout template {path} is not valid XML (line {line}): {error}</source>
        <translation>La plantilla de diseño {path} no es un XML válido (línea {line}): {error}</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/qgis_io/layouts.py" line="509"/>
        <source>QGIS could not read the layout template {path}.</source>
        <translation>QGIS no pudo leer la plantilla de diseño {path}.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/qgis_io/layouts.py" line="513"/>
        <source>Layout template {path} lacks the item(s) {ids}.</source>
        <translation>A la plantilla de diseño {path} le falta(n) el/los elemento(s) {ids}.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/qgis_io/layouts.py" line="739"/>
        <source>Could not add the layout &apos;{name}&apos; to the project.</source>
        <translation>No se pudo agregar el diseño «{name}» al proyecto.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/qgis_io/layouts.py" line="844"/>
        <source>Cannot make the candidate atlas: the TFCA layer is not valid.</source>
        <translation>No se puede crear el atlas de candidatas: la capa ACTF no es válida.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/qgis_io/layouts.py" line="846"/>
        <source>No TFCA candidate to map: no cluster of selected sites spans two or more countries. Try a larger gap distance or higher targets.</source>
        <translation>No hay candidatas ACTF que cartografiar: ninguna agrupación de sitios seleccionados abarca dos o más países. Pruebe una distancia de separación mayor o metas más altas.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/qgis_io/layouts.py" line="889"/>
        <source>No TFCA candidate to map.</source>
        <translation>No hay candidatas ACTF que cartografiar.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/qgis_io/layouts.py" line="897"/>
        <source>QGIS could not start the atlas.</source>
        <translation>QGIS no pudo iniciar el atlas.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/qgis_io/layouts.py" line="901"/>
        <source>QGIS could not go to atlas page {n}.</source>
        <translation>QGIS no pudo ir a la página {n} del atlas.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/qgis_io/layouts.py" line="924"/>
        <source>TFCA candidates atlas</source>
        <translation>Atlas de candidatas ACTF</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/qgis_io/layouts.py" line="1089"/>
        <source>QGIS could not export the atlas to {path}: {error}</source>
        <translation>QGIS no pudo exportar el atlas a {path}: {error}</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/qgis_io/postprocess.py" line="291"/>
        <source>Layer &apos;{layer}&apos; has no field &apos;{field}&apos; to colour by.</source>
        <translation>La capa «{layer}» no tiene el campo «{field}» por el que colorear.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/pipeline.py" line="263"/>
        <source>Computing ProtConn before and after the plan</source>
        <translation>Cálculo de ProtConn antes y después del plan</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/graph.py" line="411"/>
        <source>Nodes can be added only to a graph of edge-to-edge distances.</source>
        <translation>Solo se pueden agregar nodos a un grafo de distancias de borde a borde.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/indices.py" line="646"/>
        <source>The tolerance must be a number from 0 (exact) to below 1 (got {value}).</source>
        <translation>La tolerancia debe ser un número de 0 (exacto) a menos de 1 (se recibió {value}).</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/indices.py" line="652"/>
        <source>A tolerance above 0 needs the subtree method.</source>
        <translation>Una tolerancia mayor que 0 necesita el método de subárboles (subtree).</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/plan.py" line="141"/>
        <source>Unknown objective &apos;{name}&apos;: use one of {choices}.</source>
        <translation>Objetivo «{name}» desconocido: use uno de {choices}.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/plan.py" line="147"/>
        <source>Unknown target rule &apos;{name}&apos;: use one of {choices}.</source>
        <translation>Regla de meta «{name}» desconocida: use una de {choices}.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/plan.py" line="153"/>
        <source>The target is {value} %: give a percentage from 0 to 100.</source>
        <translation>La meta es {value} %: indique un porcentaje de 0 a 100.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/plan.py" line="159"/>
        <source>The target overrides must be a mapping of &apos;&lt;species&gt;|&lt;season code&gt;&apos; to a percentage, e.g. {example}.</source>
        <translation>Las metas particulares deben ser una correspondencia «&lt;especie&gt;|&lt;código de temporada&gt;» -&gt; porcentaje, p. ej. {example}.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/plan.py" line="167"/>
        <source>The target override for &apos;{key}&apos; is {value}: give a percentage from 0 to 100.</source>
        <translation>La meta particular de «{key}» es {value}: indique un porcentaje de 0 a 100.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/plan.py" line="175"/>
        <source>The objective &apos;{name}&apos; needs a budget above 0, in the units of the cost (e.g. km2 when the cost is the area); it is {value}.</source>
        <translation>El objetivo «{name}» necesita un presupuesto mayor que 0, en las unidades del costo (p. ej. km2 cuando el costo es la superficie); es {value}.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/plan.py" line="394"/>
        <source>There are {count} {what} flags for {n} planning units; give one per unit.</source>
        <translation>Hay {count} indicadores «{what}» para {n} unidades de planificación; indique uno por unidad.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/plan.py" line="420"/>
        <source>There are {species} species names, {seasons} seasons and {n} range polygons: give one of each per range.</source>
        <translation>Hay {species} nombres de especies, {seasons} temporadas y {n} polígonos de áreas de distribución: indique uno de cada por área.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/plan.py" line="427"/>
        <source>There are no species ranges: choose a layer with range polygons.</source>
        <translation>No hay áreas de distribución de especies: elija una capa con polígonos de áreas de distribución.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/plan.py" line="433"/>
        <source>{n} range polygon(s) without a species name were left out.</source>
        <translation>Se excluyeron {n} polígono(s) de área de distribución sin nombre de especie.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/plan.py" line="433"/>
        <source>{n} range polygon(s) with an unknown season were left out.</source>
        <translation>Se excluyeron {n} polígono(s) de área de distribución con temporada desconocida.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/plan.py" line="433"/>
        <source>{n} range polygon(s) without area were left out.</source>
        <translation>Se excluyeron {n} polígono(s) de área de distribución sin superficie.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/plan.py" line="441"/>
        <source>None of the {n} range polygons has a species name, a known season (1 resident, 2 breeding, 3 non-breeding, 4 passage, 5 uncertain) and a polygon: check the species and season fields.</source>
        <translation>Ninguno de los {n} polígonos de área de distribución tiene a la vez un nombre de especie, una temporada conocida (1 residente, 2 reproductiva, 3 no reproductiva, 4 de paso, 5 incierta) y un polígono: revise los campos de especie y de temporada.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/plan.py" line="453"/>
        <source>The species ranges cannot be placed in the CRS of the planning units: some of their coordinates fall outside it. Check that the range layer carries its true CRS (Layer &gt; Set CRS).</source>
        <translation>Las áreas de distribución no se pueden situar en el CRS de las unidades de planificación: algunas de sus coordenadas quedan fuera. Compruebe que la capa de áreas de distribución tenga su CRS verdadero (Capa &gt; Establecer el CRS de la capa).</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/plan.py" line="476"/>
        <source>The target override &apos;{key}&apos; matches no feature: write &apos;&lt;species&gt;|&lt;season code&gt;&apos; (1 resident, 2 breeding, 3 non-breeding, 4 passage) for a species and season of the ranges, e.g. {examples}.</source>
        <translation>La meta particular «{key}» no corresponde a ningún elemento: escriba «&lt;especie&gt;|&lt;código de temporada&gt;» (1 residente, 2 reproductiva, 3 no reproductiva, 4 de paso) para una especie y una temporada de las áreas de distribución, p. ej. {examples}.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/plan.py" line="484"/>
        <source>The feature &apos;{key}&apos; has two different target overrides: keep one.</source>
        <translation>El elemento «{key}» tiene dos metas particulares distintas: conserve solo una.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/plan.py" line="649"/>
        <source>Reading the planning units</source>
        <translation>Lectura de las unidades de planificación</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/plan.py" line="653"/>
        <source>There are no planning units: choose a layer with unit polygons.</source>
        <translation>No hay unidades de planificación: elija una capa con polígonos de unidades.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/plan.py" line="656"/>
        <source>There are {count} unit ids for {n} planning units; give one per unit.</source>
        <translation>Hay {count} id de unidad para {n} unidades de planificación; indique uno por unidad.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/plan.py" line="664"/>
        <source>Planning unit(s) {units} have no polygon: delete them from the unit layer or draw their polygons.</source>
        <translation>Las unidades de planificación {units} no tienen polígono: elimínelas de la capa de unidades o dibuje sus polígonos.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/plan.py" line="675"/>
        <source>The planning units are not in a projected CRS in metres; areas and edges were measured in Lambert azimuthal equal-area centred on them.</source>
        <translation>Las unidades de planificación no están en un CRS proyectado en metros; las superficies y los bordes se midieron en una proyección acimutal equivalente de Lambert centrada en ellas.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/plan.py" line="692"/>
        <source>Grouping the ranges by species and season</source>
        <translation>Agrupación de las áreas de distribución por especie y temporada</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/plan.py" line="698"/>
        <source>Computing the area of each feature in each unit</source>
        <translation>Cálculo de la superficie de cada elemento en cada unidad</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/plan.py" line="703"/>
        <source>None of the {m} species-season ranges overlaps the planning units: check that both layers cover the same area and carry the right CRS.</source>
        <translation>Ninguna de las {m} áreas de distribución por especie y temporada se superpone a las unidades de planificación: compruebe que ambas capas cubran la misma zona y tengan el CRS correcto.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/plan.py" line="711"/>
        <source>{n} feature(s) have no range inside the planning units and get no target: {names}.</source>
        <translation>{n} elemento(s) no tienen área de distribución dentro de las unidades de planificación y no reciben meta: {names}.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/plan.py" line="717"/>
        <source>Measuring the edges between units</source>
        <translation>Medición de los bordes entre unidades</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/plan.py" line="721"/>
        <source>Setting the targets</source>
        <translation>Definición de las metas</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/plan.py" line="843"/>
        <source>Checking the targets</source>
        <translation>Comprobación de las metas</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/plan.py" line="912"/>
        <source>The BLM multiples must be positive numbers; got {values}.</source>
        <translation>Los múltiplos del BLM deben ser números positivos; se recibió {values}.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/plan.py" line="938"/>
        <source>Finding the cheapest and the most compact plans (Cohon&apos;s method)</source>
        <translation>Búsqueda del plan más barato y del más compacto (método de Cohon)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/plan.py" line="947"/>
        <source>Solving with BLM {blm:.6g}</source>
        <translation>Resolviendo con BLM {blm:.6g}</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/workflow.py" line="290"/>
        <source>This JSON file is not a CMS Connectivity Planner scenario.</source>
        <translation>Este archivo JSON no es un escenario de Planificador de conectividad CMS.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/workflow.py" line="312"/>
        <source>The scenario file has a setting of the wrong type ({detail}).</source>
        <translation>El archivo de escenario tiene un parámetro de tipo incorrecto ({detail}).</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/workflow.py" line="335"/>
        <source>The scenario file &apos;{path}&apos; cannot be read ({reason}).</source>
        <translation>No se puede leer el archivo de escenario «{path}» ({reason}).</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/workflow.py" line="447"/>
        <source>{label} is not a number.</source>
        <translation>{label} no es un número.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/workflow.py" line="427"/>
        <source>{label} is {value:g}: give a value from {low:g} to {high:g}.</source>
        <translation>{label} es {value:g}: indique un valor de {low:g} a {high:g}.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/workflow.py" line="497"/>
        <source>Choose simulated training data or your own layers.</source>
        <translation>Elija datos de capacitación simulados o sus propias capas.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/workflow.py" line="512"/>
        <source>Give at least one ISO3 country code, e.g. FRA,ESP.</source>
        <translation>Indique al menos un código de país ISO3, p. ej. FRA,ESP.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/workflow.py" line="515"/>
        <source>Not ISO3 country codes: {codes}. Use three letters, e.g. FRA.</source>
        <translation>Códigos de país que no son ISO3: {codes}. Use tres letras, p. ej. FRA.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/workflow.py" line="531"/>
        <source>The number of species</source>
        <translation>El número de especies</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/workflow.py" line="547"/>
        <source>Choose hexagons, squares or a layer of your own polygons.</source>
        <translation>Elija hexágonos, cuadrados o una capa de sus propios polígonos.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/workflow.py" line="549"/>
        <source>Choose the polygon layer to use as planning units.</source>
        <translation>Elija la capa de polígonos que usar como unidades de planificación.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/workflow.py" line="551"/>
        <source>The cell area (km2)</source>
        <translation>La superficie de las celdas (km2)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/workflow.py" line="552"/>
        <source>The lock-in share</source>
        <translation>La proporción de fijación</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/workflow.py" line="555"/>
        <source>Give the study area: country codes on the Data step or a polygon.</source>
        <translation>Indique el área de estudio: códigos de país en el paso Datos, o un polígono.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/workflow.py" line="558"/>
        <source>Choose a target rule.</source>
        <translation>Elija una regla de meta.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/workflow.py" line="559"/>
        <source>The target (%)</source>
        <translation>La meta (%)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/workflow.py" line="566"/>
        <source>Choose an objective.</source>
        <translation>Elija un objetivo.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/workflow.py" line="568"/>
        <source>This objective works within a budget: give a budget above 0 (cost units).</source>
        <translation>Este objetivo funciona con un presupuesto: indique un presupuesto mayor que 0 (unidades de costo).</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/workflow.py" line="573"/>
        <source>The boundary length modifier (BLM)</source>
        <translation>El modificador de longitud de borde (BLM)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/workflow.py" line="575"/>
        <source>The time limit (s)</source>
        <translation>El tiempo límite (s)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/workflow.py" line="447"/>
        <source>The optimality gap</source>
        <translation>La brecha de optimalidad</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/workflow.py" line="458"/>
        <source>The dispersal distance (km)</source>
        <translation>La distancia de dispersión (km)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/workflow.py" line="593"/>
        <source>Tick at least one analysis.</source>
        <translation>Marque al menos un análisis.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/workflow.py" line="462"/>
        <source>Corridors need a resistance raster: choose one or untick corridors.</source>
        <translation>Los corredores necesitan un ráster de resistencia: elija uno o desmarque los corredores.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/workflow.py" line="464"/>
        <source>A flyway network needs a tracking file: choose one on the Data step.</source>
        <translation>Una red de ruta migratoria necesita un archivo de seguimiento: elija uno en el paso Datos.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/workflow.py" line="950"/>
        <source>Run the earlier steps first: &apos;{key}&apos; has not been produced yet.</source>
        <translation>Ejecute primero los pasos anteriores: «{key}» todavía no se ha generado.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/gui/docks/main_dock.py" line="129"/>
        <source>Export scenario...</source>
        <translation>Exportar escenario...</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/gui/docks/main_dock.py" line="130"/>
        <source>Import scenario...</source>
        <translation>Importar escenario...</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/gui/docks/main_dock.py" line="132"/>
        <source>Reset all settings</source>
        <translation>Restablecer todos los parámetros</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/gui/docks/main_dock.py" line="225"/>
        <source>The scenario stored in this project was not read</source>
        <translation>No se leyó el escenario guardado en este proyecto</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/gui/docks/main_dock.py" line="261"/>
        <source>Export scenario</source>
        <translation>Exportar escenario</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/gui/docks/main_dock.py" line="271"/>
        <source>Scenario (*.json)</source>
        <translation>Escenario (*.json)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/gui/docks/main_dock.py" line="268"/>
        <source>The scenario was not saved</source>
        <translation>El escenario no se guardó</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/gui/docks/main_dock.py" line="271"/>
        <source>Import scenario</source>
        <translation>Importar escenario</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/gui/docks/main_dock.py" line="278"/>
        <source>The scenario was not imported</source>
        <translation>El escenario no se importó</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/gui/docks/main_dock.py" line="304"/>
        <source>Another step is running: wait for it or cancel it.</source>
        <translation>Otro paso está en curso: espere a que termine o cancélelo.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/gui/docks/main_dock.py" line="356"/>
        <source>This step cannot run yet</source>
        <translation>Este paso todavía no se puede ejecutar</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/gui/docks/main_dock.py" line="372"/>
        <source>Running...</source>
        <translation>Ejecutando...</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/gui/docks/main_dock.py" line="426"/>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/gui/docks/main_dock.py" line="430"/>
        <source>The step failed</source>
        <translation>El paso falló</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/gui/docks/main_dock.py" line="449"/>
        <source>Solver {status}: {met} targets met, {n} units selected, cost {cost:,.1f}, gap {gap:.2%}.</source>
        <translation>Solucionador {status}: {met} metas alcanzadas, {n} unidades seleccionadas, costo {cost:,.1f}, brecha {gap:.2%}.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/gui/docks/main_dock.py" line="462"/>
        <source>Suggested BLM: {blm:.4g}.</source>
        <translation>BLM sugerido: {blm:.4g}.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/gui/docks/main_dock.py" line="479"/>
        <source>{n} TFCA candidate(s) found.</source>
        <translation>{n} candidata(s) ACTF encontrada(s).</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/gui/docks/main_dock.py" line="482"/>
        <source>Done: the results are in the layer group &apos;{group}&apos;.</source>
        <translation>Terminado: los resultados están en el grupo de capas «{group}».</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/gui/steps.py" line="58"/>
        <source>1 Data</source>
        <translation>1 Datos</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/gui/steps.py" line="59"/>
        <source>2 Units</source>
        <translation>2 Unidades</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/gui/steps.py" line="60"/>
        <source>3 Targets</source>
        <translation>3 Metas</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/gui/steps.py" line="61"/>
        <source>4 Solve</source>
        <translation>4 Resolución</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/gui/steps.py" line="62"/>
        <source>5 Connectivity</source>
        <translation>5 Conectividad</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/gui/steps.py" line="63"/>
        <source>6 TFCA &amp;&amp; export</source>
        <translation>6 ACTF &amp;&amp; exportación</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/gui/steps.py" line="69"/>
        <source>Data</source>
        <translation>Datos</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/gui/steps.py" line="71"/>
        <source>Targets</source>
        <translation>Metas</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/gui/steps.py" line="72"/>
        <source>Solve</source>
        <translation>Resolución</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/gui/steps.py" line="74"/>
        <source>TFCA &amp; export</source>
        <translation>ACTF &amp; exportación</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/gui/steps.py" line="84"/>
        <source>Uncertain</source>
        <translation>Incierta</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/gui/steps.py" line="94"/>
        <source>Run the step &apos;{step}&apos; first.</source>
        <translation>Ejecute primero el paso «{step}».</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/gui/steps.py" line="232"/>
        <source>Movebank CSV (*.csv *.csv.gz)</source>
        <translation>CSV de Movebank (*.csv *.csv.gz)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/gui/steps.py" line="375"/>
        <source>Choose an output folder: every result is written there.</source>
        <translation>Elija una carpeta de salida: todos los resultados se escriben allí.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/gui/steps.py" line="379"/>
        <source>Existing sites</source>
        <translation>Sitios existentes</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/qgis_io/export.py" line="382"/>
        <source>Country borders</source>
        <translation>Fronteras de los países</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/gui/steps.py" line="381"/>
        <source>Cost raster</source>
        <translation>Ráster de costo</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/gui/steps.py" line="394"/>
        <source>Schema not recognised: choose the species and season fields below.</source>
        <translation>Esquema no reconocido: elija abajo los campos de especie y de temporada.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/gui/steps.py" line="407"/>
        <source>Schema: {schema}. {n} species; seasons: {seasons}.</source>
        <translation>Esquema: {schema}. {n} especies; temporadas: {seasons}.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/gui/steps.py" line="492"/>
        <source>Choose the polygon layer of the study area.</source>
        <translation>Elija la capa de polígonos del área de estudio.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/gui/widgets.py" line="121"/>
        <source>Study area</source>
        <translation>Área de estudio</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/gui/steps.py" line="569"/>
        <source>Empty: the default target.</source>
        <translation>Vacío: la meta por defecto.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/gui/steps.py" line="571"/>
        <source>{n} species-season features. Empty cells use the default target.</source>
        <translation>{n} elementos especie-temporada. Las celdas vacías usan la meta por defecto.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/gui/steps.py" line="571"/>
        <source>Run the Data step to list the species and seasons.</source>
        <translation>Ejecute el paso Datos para enumerar las especies y las temporadas.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/gui/steps.py" line="611"/>
        <source>The target of {species} is not a number: give a percentage.</source>
        <translation>La meta de {species} no es un número: indique un porcentaje.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/gui/tasks.py" line="185"/>
        <source>Cancelled: nothing of this step was kept.</source>
        <translation>Cancelado: no se conservó nada de este paso.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/gui/tasks.py" line="189"/>
        <source>The algorithm {alg} failed.</source>
        <translation>El algoritmo {alg} falló.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/gui/widgets.py" line="60"/>
        <source>{what}: the layer &apos;{ref}&apos; is no longer in the project: choose it again.</source>
        <translation>{what}: la capa «{ref}» ya no está en el proyecto: elíjala de nuevo.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/gui/widgets.py" line="66"/>
        <source>{what}: the layer &apos;{name}&apos; cannot be read: check its file.</source>
        <translation>{what}: la capa «{name}» no se puede leer: revise su archivo.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/gui/widgets.py" line="73"/>
        <source>{what}: the layer &apos;{name}&apos; has no CRS: set it in Layer Properties &gt; Source.</source>
        <translation>{what}: la capa «{name}» no tiene CRS: establézcalo en Propiedades de la capa &gt; Fuente.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/gui/widgets.py" line="93"/>
        <source>{what}: the layer &apos;{name}&apos; has {geometry} geometries; it needs {kinds}.</source>
        <translation>{what}: la capa «{name}» tiene geometrías de tipo {geometry}; tipo necesario: {kinds}.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/gui/widgets.py" line="104"/>
        <source>{what}: &apos;{name}&apos; is a raster; choose a vector layer.</source>
        <translation>{what}: «{name}» es un ráster; elija una capa vectorial.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/gui/widgets.py" line="113"/>
        <source>a raster</source>
        <translation>un ráster</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/gui/widgets.py" line="119"/>
        <source>Simulated species ranges</source>
        <translation>Áreas de distribución simuladas</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/gui/widgets.py" line="120"/>
        <source>Simulated protected areas</source>
        <translation>Áreas protegidas simuladas</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/gui/widgets.py" line="122"/>
        <source>Ranges from tracking data</source>
        <translation>Áreas a partir de datos de seguimiento</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/gui/widgets.py" line="123"/>
        <source>Species ranges (prepared)</source>
        <translation>Áreas de distribución de las especies (preparadas)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/gui/widgets.py" line="124"/>
        <source>Existing sites (prepared)</source>
        <translation>Sitios existentes (preparados)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/gui/widgets.py" line="125"/>
        <source>Site network</source>
        <translation>Red de sitios</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/gui/widgets.py" line="127"/>
        <source>Plan: selected planning units</source>
        <translation>Plan: unidades de planificación seleccionadas</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/gui/widgets.py" line="129"/>
        <source>ProtConn per country</source>
        <translation>ProtConn por país</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/gui/widgets.py" line="130"/>
        <source>ProtConn: share from each neighbour</source>
        <translation>ProtConn: aporte de cada vecino</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/gui/widgets.py" line="131"/>
        <source>Site importance (dPC)</source>
        <translation>Importancia de los sitios (dPC)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/gui/widgets.py" line="132"/>
        <source>Corridors</source>
        <translation>Corredores</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/gui/widgets.py" line="133"/>
        <source>Corridor widths</source>
        <translation>Anchos de los corredores</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/gui/widgets.py" line="134"/>
        <source>Flyway stopover sites</source>
        <translation>Sitios de escala de la ruta migratoria</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/connectivity.py" line="201"/>
        <source>dPC tolerance (0: exact; 1e-6: each dPC within 0.0001 percentage points)</source>
        <translation>Tolerancia del dPC (0: exacto; 1e-6: cada dPC a menos de 0.0001 puntos porcentuales)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/connectivity.py" line="318"/>
        <source>d{metric} with tolerance {tol:g}: largest error bound achieved {bound:.3g} percentage points (allowed {allowed:.3g}).</source>
        <translation>d{metric} con una tolerancia de {tol:g}: cota de error máxima alcanzada de {bound:.3g} puntos porcentuales (permitida: {allowed:.3g}).</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/plan.py" line="61"/>
        <source>The target overrides are not valid JSON ({reason}): write them like {example}.</source>
        <translation>Las metas particulares no son un JSON válido ({reason}): escríbalas como {example}.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/plan.py" line="67"/>
        <source>The target overrides must be a JSON object of &apos;&lt;species&gt;|&lt;season code&gt;&apos;: percent pairs, like {example}.</source>
        <translation>Las metas particulares deben ser un objeto JSON de pares «&lt;especie&gt;|&lt;código de temporada&gt;»: porcentaje, como {example}.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/plan.py" line="76"/>
        <source>The target override for &apos;{key}&apos; is {value}: give a number (percent), like {example}.</source>
        <translation>La meta particular de «{key}» es {value}: indique un número (porcentaje), como {example}.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/plan.py" line="108"/>
        <source>Planning units (from &apos;Build planning units&apos;)</source>
        <translation>Unidades de planificación (de «Crear unidades de planificación»)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/plan.py" line="113"/>
        <source>Unit id field (default: unit_id, else feature id)</source>
        <translation>Campo de id de unidad (por defecto: unit_id; si no, el id de entidad)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/plan.py" line="113"/>
        <source>Cost field (default: cost, else the unit&apos;s area in km2)</source>
        <translation>Campo de costo (por defecto: cost; si no, la superficie de la unidad en km2)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/plan.py" line="113"/>
        <source>Locked-in field (default: locked_in, else none)</source>
        <translation>Campo de fijación (por defecto: locked_in; si no, ninguno)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/plan.py" line="136"/>
        <source>Species ranges (from &apos;Prepare species ranges&apos;)</source>
        <translation>Áreas de distribución de especies (de «Preparar áreas de distribución de especies»)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/plan.py" line="141"/>
        <source>Species field (default: binomial, else species)</source>
        <translation>Campo de especie (por defecto: binomial; si no, species)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/plan.py" line="150"/>
        <source>Season field (IUCN seasonal codes)</source>
        <translation>Campo de temporada (códigos de estacionalidad UICN)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/plan.py" line="159"/>
        <source>Target (% of each feature&apos;s range)</source>
        <translation>Meta (% del área de distribución de cada elemento)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/plan.py" line="170"/>
        <source>Target rule</source>
        <translation>Regla de meta</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/plan.py" line="170"/>
        <source>Relative (the same percentage of every feature)</source>
        <translation>Relativa (el mismo porcentaje para cada elemento)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/plan.py" line="170"/>
        <source>Log-linear by range size (Rodrigues et al. 2004)</source>
        <translation>Log-lineal según el tamaño del área (Rodrigues et al. 2004)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/plan.py" line="181"/>
        <source>Per-feature targets (JSON, e.g. {&quot;Ciconia ciconia|2&quot;: 50})</source>
        <translation>Metas por elemento (JSON, p. ej. {&quot;Ciconia ciconia|2&quot;: 50})</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/plan.py" line="191"/>
        <source>Keep locked-in units (existing protected areas)</source>
        <translation>Conservar las unidades fijadas (áreas protegidas existentes)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/plan.py" line="196"/>
        <source>Time limit per solve (seconds)</source>
        <translation>Tiempo límite por resolución (segundos)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/plan.py" line="225"/>
        <source>Choose the planning-unit layer.</source>
        <translation>Elija la capa de unidades de planificación.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/plan.py" line="227"/>
        <source>Choose the species range layer.</source>
        <translation>Elija la capa de áreas de distribución de las especies.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/units.py" line="115"/>
        <source>The range layer &apos;{layer}&apos; has no species field (binomial or species): choose the field with the species names among {fields}.</source>
        <translation>La capa de áreas de distribución «{layer}» no tiene campo de especie (binomial o species): elija el campo con los nombres de las especies entre {fields}.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/plan.py" line="274"/>
        <source>(feature id)</source>
        <translation>(id de entidad)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/plan.py" line="274"/>
        <source>(unit area, km2)</source>
        <translation>(superficie de la unidad, km2)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/plan.py" line="274"/>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/plan.py" line="274"/>
        <source>(none: all resident)</source>
        <translation>(ninguno: todo residente)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/plan.py" line="315"/>
        <source>Plan the network (targets, objective, solve)</source>
        <translation>Planificar la red (metas, objetivo, resolución)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/plan.py" line="436"/>
        <source>Objective</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/plan.py" line="373"/>
        <source>Minimum set: meet every target at least cost</source>
        <translation>Conjunto mínimo: alcanzar todas las metas al menor costo</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/plan.py" line="373"/>
        <source>Maximum coverage within the budget</source>
        <translation>Cobertura máxima dentro del presupuesto</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/plan.py" line="373"/>
        <source>Minimum shortfall within the budget</source>
        <translation>Déficit mínimo dentro del presupuesto</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/plan.py" line="373"/>
        <source>Weakest link: most species with every season met, within the budget</source>
        <translation>Eslabón más débil: el mayor número de especies con todas sus temporadas alcanzadas, dentro del presupuesto</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/plan.py" line="387"/>
        <source>Budget (cost units; not used by minimum set)</source>
        <translation>Presupuesto (unidades de costo; no lo usa el conjunto mínimo)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/plan.py" line="403"/>
        <source>Optimality gap (0.01 = within 1 %)</source>
        <translation>Brecha de optimalidad (0.01 = a menos del 1 %)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/plan.py" line="416"/>
        <source>Planned network</source>
        <translation>Red planificada</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/plan.py" line="421"/>
        <source>Targets per feature</source>
        <translation>Metas por elemento</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/plan.py" line="438"/>
        <source>Cost of the network</source>
        <translation>Costo de la red</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/plan.py" line="439"/>
        <source>Units in the network</source>
        <translation>Unidades en la red</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/plan.py" line="441"/>
        <source>Features (species-seasons)</source>
        <translation>Elementos (especie-temporada)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/plan.py" line="442"/>
        <source>Boundary length (km)</source>
        <translation>Longitud de borde (km)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/plan.py" line="553"/>
        <source>Writing the network</source>
        <translation>Escritura de la red</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/plan.py" line="577"/>
        <source>{met} of {total} targets met; {units} units in the network (cost {cost:,.6g}, boundary {boundary:,.6g} km); solver {status}, objective {objective:,.6g}, gap {gap:.3%}.</source>
        <translation>{met} de {total} metas alcanzadas; {units} unidades en la red (costo {cost:,.6g}, borde {boundary:,.6g} km); solucionador {status}, objetivo {objective:,.6g}, brecha {gap:.3%}.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/plan.py" line="642"/>
        <source>Suggest a boundary length modifier (BLM)</source>
        <translation>Sugerir un modificador de longitud de borde (BLM)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/plan.py" line="645"/>
        <source>Suggests a boundary length modifier (BLM) for &apos;Plan the network&apos;: the value at which cost and compactness weigh equally (Cohon&apos;s method, as in prioritizr&apos;s calibrate_cohon_penalty and the Marxan good-practice handbook).

The BLM turns the length of the network&apos;s edge (km) into cost: 0 ignores shape and gives the cheapest, often scattered, network; a high value gives a compact network at a higher cost. The tool solves the minimum-set plan four times (the cheapest plan, the most compact plan and the best of each at the other&apos;s level) and returns the BLM on the straight line between the two extremes.

Planning units, species ranges, fields, target, target rule, per-feature targets and locked-in units mean the same as in &apos;Plan the network&apos;. Time limit: seconds for each of the solves (several are needed).

Outputs: the suggested BLM (0 when the cheapest plan is already the most compact) and, optionally, a trade-off table with the cost and boundary length (km) of the plans at BLM 0 and at half, once and twice the suggestion, to see what compactness costs.</source>
        <translation>Sugiere un modificador de longitud de borde (BLM) para «Planificar la red»: el valor con el que costo y compacidad pesan lo mismo (método de Cohon, como en calibrate_cohon_penalty de prioritizr y el manual de buenas prácticas de Marxan).

El BLM convierte la longitud del borde de la red (km) en costo: 0 ignora la forma y da la red más barata, a menudo dispersa; un valor alto da una red compacta a un costo mayor. La herramienta resuelve cuatro veces el plan de conjunto mínimo (el plan más barato, el más compacto y el mejor de cada uno al nivel del otro) y devuelve el BLM situado en la recta entre los dos extremos.

Unidades de planificación, áreas de distribución de especies, campos, meta, regla de meta, metas por elemento y unidades fijadas significan lo mismo que en «Planificar la red». Tiempo límite: segundos para cada una de las resoluciones (se necesitan varias).

Salidas: el BLM sugerido (0 cuando el plan más barato ya es el más compacto) y, opcionalmente, una tabla de compromiso con el costo y la longitud de borde (km) de los planes con BLM 0 y con la mitad, una y dos veces la sugerencia, para ver cuánto cuesta la compacidad.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/plan.py" line="667"/>
        <source>Cost-boundary trade-off</source>
        <translation>Compromiso costo-borde</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/plan.py" line="676"/>
        <source>Suggested BLM</source>
        <translation>BLM sugerido</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/plan.py" line="703"/>
        <source>Suggested BLM {blm:.6g}: the cheapest plan costs {cost_a:,.6g} with a boundary of {length_b:,.6g} km; the most compact costs {cost_d:,.6g} with {length_c:,.6g} km.</source>
        <translation>BLM sugerido {blm:.6g}: el plan más barato cuesta {cost_a:,.6g} con un borde de {length_b:,.6g} km; el más compacto cuesta {cost_d:,.6g} con {length_c:,.6g} km.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/simulate.py" line="50"/>
        <source>Simulate training data (species ranges and protected areas)</source>
        <translation>Simular datos de capacitación (áreas de distribución y áreas protegidas)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/simulate.py" line="53"/>
        <source>Simulates training data for any countries, offline: migratory species and an existing protected-area network. The layers are invented, not real data: use them to practise the workflow, never to draw conclusions about real species or sites.

Each species gets a breeding range towards the northern end of the countries&apos; longest axis, a non-breeding range towards the southern end and a passage range between them, as irregular shapes clipped to land. The ranges follow the IUCN Red List schema (binomial, presence, origin, seasonal: 2 breeding, 3 non-breeding, 4 passage). The protected areas follow the WDPA schema (WDPAID, NAME, DESIG_ENG, IUCN_CAT, STATUS, STATUS_YR, ISO3, REP_AREA in km2, MARINE); each lies in one country and some lie along shared land borders, so that transboundary clusters can form. The study area has one polygon per country (iso3, name).

The same countries, number of species and seed always give the same layers, so every participant of a workshop gets identical data; change the seed for another draw. The data are those the &apos;Run scenario&apos; algorithm simulates with the same settings.

Feed the species ranges into &apos;Prepare species ranges&apos;, the protected areas into &apos;Prepare sites&apos; and the study area into &apos;Build planning units&apos;, exactly like real IUCN and WDPA downloads; no field mapping is needed.

Countries: ISO3 codes separated by commas. The border layer defaults to QGIS&apos;s world map. Overseas parts farther than the maximum offshore distance from the countries&apos; mainlands (e.g. French Guiana) are left out. All layers are in an equal-area (Lambert azimuthal) CRS centred on the countries, in metres.</source>
        <translation>Simula datos de capacitación para cualquier país, sin conexión: especies migratorias y una red de áreas protegidas existente. Las capas son inventadas, no son datos reales: úselas para practicar el flujo de trabajo, nunca para sacar conclusiones sobre especies o sitios reales.

Cada especie recibe un área de reproducción hacia el extremo norte del eje más largo de los países, un área no reproductiva hacia el extremo sur y un área de paso entre ambas, como formas irregulares recortadas a la tierra firme. Las áreas siguen el esquema de la Lista Roja de la UICN (binomial, presence, origin, seasonal: 2 reproductiva, 3 no reproductiva, 4 de paso). Las áreas protegidas siguen el esquema de la WDPA (WDPAID, NAME, DESIG_ENG, IUCN_CAT, STATUS, STATUS_YR, ISO3, REP_AREA en km2, MARINE); cada una está en un solo país y algunas se sitúan a lo largo de fronteras terrestres compartidas, de modo que se pueden formar agrupaciones transfronterizas. El área de estudio tiene un polígono por país (iso3, name).

Los mismos países, número de especies y semilla dan siempre las mismas capas, así que todos los participantes de un taller obtienen datos idénticos; cambie la semilla para otro sorteo. Los datos son los que simula el algoritmo «Ejecutar escenario» con la misma configuración.

Pase las áreas de distribución a «Preparar áreas de distribución de especies», las áreas protegidas a «Preparar sitios» y el área de estudio a «Crear unidades de planificación», exactamente igual que descargas reales de la UICN y la WDPA; no hace falta ninguna correspondencia de campos.

Países: códigos ISO3 separados por comas. La capa de fronteras es por defecto el mapa mundial de QGIS. Se excluyen las partes de ultramar más alejadas que la distancia máxima mar adentro desde el territorio continental de los países (p. ej. la Guayana Francesa). Todas las capas están en un CRS de igual área (acimutal de Lambert) centrado en los países, en metros.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/simulate.py" line="118"/>
        <source>Maximum offshore distance of overseas parts (km)</source>
        <translation>Distancia máxima mar adentro de las partes de ultramar (km)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/simulate.py" line="128"/>
        <source>Simulated species ranges (IUCN schema)</source>
        <translation>Áreas de distribución simuladas (esquema UICN)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/simulate.py" line="135"/>
        <source>Simulated protected areas (WDPA schema)</source>
        <translation>Áreas protegidas simuladas (esquema WDPA)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/simulate.py" line="142"/>
        <source>Study area (countries)</source>
        <translation>Área de estudio (países)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/simulate.py" line="147"/>
        <source>Range polygons</source>
        <translation>Polígonos de áreas de distribución</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/simulate.py" line="218"/>
        <source>{species} simulated species in {ranges} range polygon(s); {sites} simulated protected area(s) covering {area:.0f} km2 of {total:.0f} km2 ({codes}).</source>
        <translation>{species} especies simuladas en {ranges} polígono(s) de área de distribución; {sites} área(s) protegida(s) simulada(s) que cubren {area:.0f} km2 de {total:.0f} km2 ({codes}).</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/simulate.py" line="235"/>
        <source>{missing} of {n} species got no range on land (the countries are too small or fragmented): try another seed.</source>
        <translation>{missing} de {n} especies no recibieron área de distribución en tierra firme (los países son demasiado pequeños o fragmentados): pruebe otra semilla.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/workflow.py" line="28"/>
        <source>Run workflow from a scenario file (dock settings)</source>
        <translation>Ejecutar el flujo de trabajo desde un archivo de escenario (configuración del panel)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/workflow.py" line="35"/>
        <source>Runs every step of the dock from a scenario file written with the dock&apos;s &apos;Export scenario&apos; button: prepare the species ranges and sites (or simulate training data), build the planning units, plan the network with the targets, objective and solver settings of the file, run the connectivity analyses that are ticked, find the TFCA candidates and export the maps.

The same file runs from the command line: python -m cms_connectivity_plugin run --scenario FILE --out FOLDER. Layers in the file are named by their path, so the file works on another computer when the data sit at the same place.

Output folder: every layer is written there as a GeoPackage (ranges.gpkg, sites.gpkg, planning_units.gpkg, solution.gpkg, tfca_candidates.gpkg ...), with maps/ and a copy of the scenario.</source>
        <translation>Ejecuta todos los pasos del panel a partir de un archivo de escenario escrito con el botón «Exportar escenario» del panel: prepara las áreas de distribución de especies y los sitios (o simula datos de capacitación), crea las unidades de planificación, planifica la red con las metas, el objetivo y la configuración del solucionador del archivo, ejecuta los análisis de conectividad marcados, encuentra las candidatas ACTF y exporta los mapas.

El mismo archivo se ejecuta desde la línea de comandos: python -m cms_connectivity_plugin run --scenario ARCHIVO --out CARPETA. Las capas del archivo se nombran por su ruta, así que el archivo funciona en otra computadora si los datos están en el mismo lugar.

Carpeta de salida: cada capa se escribe allí como GeoPackage (ranges.gpkg, sites.gpkg, planning_units.gpkg, solution.gpkg, tfca_candidates.gpkg ...), con maps/ y una copia del escenario.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/workflow.py" line="50"/>
        <source>Scenario file (JSON)</source>
        <translation>Archivo de escenario (JSON)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/workflow.py" line="59"/>
        <source>Outputs (JSON)</source>
        <translation>Salidas (JSON)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/qgis_io/workflow.py" line="33"/>
        <source>The Processing algorithm {alg} is not available: enable the CMS Connectivity Planner plugin (Plugins &gt; Manage and install plugins).</source>
        <translation>El algoritmo de Procesos {alg} no está disponible: active el complemento Planificador de conectividad CMS (Complementos &gt; Administrar e instalar complementos).</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/qgis_io/workflow.py" line="110"/>
        <source>Cancelled by the user.</source>
        <translation>Cancelado por el usuario.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/qgis_io/workflow.py" line="111"/>
        <source>Running {alg}</source>
        <translation>Ejecutando {alg}</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/connectivity.py" line="95"/>
        <source>How well connected is a network of sites, and which sites matter most? The sites become a graph: two sites are linked when they are close enough, and an animal leaving one reaches the other with probability p^(distance / d), where d is the species&apos; median dispersal distance (half of the dispersers go farther) and p is 0.5. Chains of stepping stones count: the best path between two sites is used.

Results (as Conefor computes them): PC, the probability that two random points of the landscape are in connected habitat; EC, the equivalent connected area (km2): the area of one single site that would offer the same connectivity; the share of it inside sites (intra), via direct links (direct) and thanks to stepping stones (step); IIC, the same with simple yes/no links.

Each site gets dPC: the percentage of connectivity lost if it disappeared, split into its own area (dPCintra), its links with other sites (dPCflux) and its role as a stepping stone between other sites (dPCconnector). High dPCconnector sites hold the network together even when small.

Distances are edge-to-edge (or between centres of the largest part) in an equal-area CRS. Links with a probability below the pruning threshold (0.001: about 10 times d) or beyond the cut-off are dropped. Every parameter is stored in the output layer&apos;s metadata (Layer Properties &gt; Metadata).

Tolerance (advanced; 0 = exact, the default): lets each dPC and dPCconnector be off by at most the tolerance x 100 percentage points (1e-6: 0.0001 points) to skip recomputing very improbable long paths; the largest error bound actually achieved is written in the log. It pays only on large networks in one piece (about 3 times faster at 1e-6 for 5,000 sites; hardly at 1e-9).</source>
        <translation>¿Qué tan conectada está una red de sitios y qué sitios importan más? Los sitios forman un grafo: dos sitios están enlazados cuando están lo bastante cerca, y un animal que sale de uno llega al otro con probabilidad p^(distancia / d), donde d es la distancia de dispersión mediana de la especie (la mitad de los individuos que se dispersan van más lejos) y p es 0.5. Cuentan las cadenas de elementos de paso: se usa el mejor camino entre dos sitios.

Resultados (tal como los calcula Conefor): PC, la probabilidad de que dos puntos al azar del paisaje estén en hábitat conectado; EC, el área conectada equivalente (km2): la superficie de un único sitio que ofrecería la misma conectividad; su parte dentro de los sitios (intra), por enlaces directos (direct) y gracias a los elementos de paso (step); IIC, lo mismo con enlaces simples de sí/no.

Cada sitio recibe su dPC: el porcentaje de conectividad que se perdería si desapareciera, dividido en su propia superficie (dPCintra), sus enlaces con otros sitios (dPCflux) y su papel como elemento de paso entre otros sitios (dPCconnector). Los sitios con un dPCconnector alto mantienen unida la red aunque sean pequeños.

Las distancias son de borde a borde (o entre los centros de la parte más grande) en un CRS de igual área. Se descartan los enlaces con una probabilidad inferior al umbral de poda (0.001: unas 10 veces d) o más allá de la distancia de corte. Todos los parámetros se guardan en los metadatos de la capa de salida (Propiedades de la capa &gt; Metadatos).

Tolerancia (avanzado; 0 = exacto, el valor por defecto): permite que cada dPC y dPCconnector se desvíe como máximo la tolerancia x 100 puntos porcentuales (1e-6: 0.0001 puntos) para no recalcular caminos largos muy improbables; la mayor cota de error realmente alcanzada se escribe en el registro. Solo compensa en redes grandes de una sola pieza (unas 3 veces más rápido con 1e-6 para 5000 sitios; casi nada con 1e-9).</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/gui/docks/main_dock.py" line="288"/>
        <source>Choose &apos;Simulated training data&apos; first.</source>
        <translation>Elija primero «Datos de capacitación simulados».</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/gui/docks/main_dock.py" line="362"/>
        <source>The output folder cannot be written</source>
        <translation>No se puede escribir en la carpeta de salida</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/calibration.py" line="333"/>
        <source>Solve 1 of 4: the cheapest network</source>
        <translation>Resolución 1 de 4: la red más barata</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/calibration.py" line="340"/>
        <source>Solve 2 of 4: the shortest edge at that cost</source>
        <translation>Resolución 2 de 4: el borde más corto con ese costo</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/calibration.py" line="342"/>
        <source>Solve 3 of 4: the most compact network</source>
        <translation>Resolución 3 de 4: la red más compacta</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/calibration.py" line="348"/>
        <source>Solve 4 of 4: the cheapest of the most compact networks</source>
        <translation>Resolución 4 de 4: la más barata de las redes más compactas</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/package.py" line="186"/>
        <source>The layer &apos;{layer}&apos; has no field &apos;selected&apos;: give the output of &apos;Plan the network&apos;.</source>
        <translation>La capa «{layer}» no tiene el campo «selected»: indique la salida de «Planificar la red».</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/package.py" line="195"/>
        <source>The layer &apos;{layer}&apos; lacks the species or seasonal field: give the output of &apos;Prepare species ranges&apos;.</source>
        <translation>La capa «{layer}» no tiene campo de especie o de temporada: indique la salida de «Preparar áreas de distribución de especies».</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/planning_units.py" line="851"/>
        <source>The lock-out threshold is {value}: give a share above 0 and at most 1 (0.5 locks out units at least half covered by the areas to keep out).</source>
        <translation>El umbral de exclusión es {value}: indique una proporción mayor que 0 y de como máximo 1 (0.5 excluye las unidades cubiertas al menos en la mitad por las zonas que mantener fuera).</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/planning_units.py" line="924"/>
        <source>{count} planning unit(s) would be both locked in and locked out (units {units}): they are covered at least {lock_in:g} by protected areas or areas to keep in and at least {lock_out:g} by areas to keep out. Raise the lock-in or the lock-out threshold, or edit the layers so that the areas to keep out do not overlap the protected areas and the areas to keep in.</source>
        <translation>{count} unidad(es) de planificación quedarían a la vez fijadas y excluidas (unidades {units}): están cubiertas al menos en {lock_in:g} por áreas protegidas o zonas que mantener dentro, y al menos en {lock_out:g} por zonas que mantener fuera. Suba el umbral de fijación o el de exclusión, o edite las capas para que las zonas que mantener fuera no se superpongan a las áreas protegidas ni a las zonas que mantener dentro.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/report.py" line="394"/>
        <source>Locked-in units before (km²)</source>
        <translation>Unidades fijadas antes (km²)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/report.py" line="394"/>
        <source>Locked-in units before (% of country)</source>
        <translation>Unidades fijadas antes (% del país)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/report.py" line="394"/>
        <source>Network after (% of country)</source>
        <translation>Red después (% del país)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/report.py" line="881"/>
        <source>National targets: the country holds at least the target share of the species&apos; range within its own borders. Locked-in units are the planning units at least half covered by protected areas, counted whole; they differ from Prot in the next table, which measures the protected areas themselves.</source>
        <translation>Metas nacionales: el país cubre al menos la proporción meta del área de distribución de la especie dentro de sus propias fronteras. Las unidades fijadas son las unidades de planificación cubiertas al menos en la mitad por áreas protegidas, contadas enteras; difieren de Prot en la tabla siguiente, que mide las propias áreas protegidas.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/report.py" line="891"/>
        <source>Prot: share of the country covered by protected areas (before) or by the network (after). ProtConn: the part of it that is also connected, for the median dispersal distance given (Saura et al. 2017).</source>
        <translation>Prot: proporción del país cubierta por áreas protegidas (antes) o por la red (después). ProtConn: la parte de ella que además está conectada, para la distancia de dispersión mediana indicada (Saura et al. 2017).</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/scenario.py" line="88"/>
        <source>&apos;{code}&apos; is not an ISO3 country code ({countries}?): use three letters, e.g. FRA.</source>
        <translation>«{code}» no es un código de país ISO3 (¿{countries}?): use tres letras, p. ej. FRA.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/workflow.py" line="381"/>
        <source>This scenario file is from an older version and sets max_offshore_km = {value}; today&apos;s runs always leave out parts more than {default:g} km offshore. Remove the setting to run it.</source>
        <translation>Este archivo de escenario es de una versión anterior y fija max_offshore_km = {value}; ahora las ejecuciones siempre excluyen las partes situadas a más de {default:g} km mar adentro. Quite ese parámetro para ejecutarlo.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/workflow.py" line="424"/>
        <source>{label} is {value:g}: give a value above 0 and at most {high:g}.</source>
        <translation>{label} es {value:g}: indique un valor mayor que 0 y de como máximo {high:g}.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/workflow.py" line="524"/>
        <source>Not ISO3 country codes: {codes}. These are IOC, FIFA or other codes: write the ISO3 code shown in brackets.</source>
        <translation>Códigos de país que no son ISO3: {codes}. Son códigos del COI, de la FIFA u otros: escriba el código ISO3 indicado entre paréntesis.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/workflow.py" line="539"/>
        <source>Choose at least one species-range layer or a tracking file (or tick simulated species).</source>
        <translation>Elija al menos una capa de áreas de distribución de especies o un archivo de seguimiento (o marque las especies simuladas).</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/workflow.py" line="574"/>
        <source>The edge factor</source>
        <translation>El factor de borde</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/workflow.py" line="595"/>
        <source>ProtConn, dPC and corridors need existing sites: add a site layer on the Data step, or tick the simulated protected areas.</source>
        <translation>ProtConn, el dPC y los corredores necesitan sitios existentes: agregue una capa de sitios en el paso Datos o marque las áreas protegidas simuladas.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/gui/docks/main_dock.py" line="324"/>
        <source>Out of date: settings changed since this step ran. Run it again.</source>
        <translation>Sin actualizar: la configuración cambió desde que se ejecutó este paso. Vuelva a ejecutarlo.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/gui/docks/main_dock.py" line="338"/>
        <source>Ready to run.</source>
        <translation>Listo para ejecutarse.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/gui/docks/main_dock.py" line="438"/>
        <source>Stopped by you: the best network found so far is kept, not proven optimal (gap {gap:.2%}). {met} targets met, {n} units selected, cost {cost:,.1f}.</source>
        <translation>Detenido por usted: se conserva la mejor red encontrada hasta entonces, sin optimalidad demostrada (brecha {gap:.2%}). {met} metas alcanzadas, {n} unidades seleccionadas, costo {cost:,.1f}.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/gui/docks/main_dock.py" line="492"/>
        <source>Open the report</source>
        <translation>Abrir el informe</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/gui/docks/main_dock.py" line="498"/>
        <source>Open the folder</source>
        <translation>Abrir la carpeta</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/gui/docks/main_dock.py" line="503"/>
        <source>Maps, report and GeoPackage written to {folder}.</source>
        <translation>Mapas, informe y GeoPackage escritos en {folder}.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/gui/steps.py" line="173"/>
        <source>Tick every species-range layer to use; they are read together.</source>
        <translation>Marque cada capa de áreas de distribución que desee usar; se leen juntas.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/gui/steps.py" line="173"/>
        <source>Tick every site layer to use (protected areas, KBAs, Ramsar sites): optional; without sites nothing is locked in.</source>
        <translation>Marque cada capa de sitios que desee usar (áreas protegidas, KBA, sitios Ramsar): opcional; sin sitios no se fija nada.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/gui/steps.py" line="197"/>
        <source>Simulated species</source>
        <translation>Especies simuladas</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/gui/steps.py" line="199"/>
        <source>Untick to plan for your own range layers or tracks only.</source>
        <translation>Desmarque para planificar solo con sus propias capas de áreas de distribución o trayectorias.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/gui/steps.py" line="199"/>
        <source>Untick to use your own site layers only (or none).</source>
        <translation>Desmarque para usar solo sus propias capas de sitios (o ninguna).</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/gui/widgets.py" line="237"/>
        <source>{name} (out of date)</source>
        <translation>{name} (sin actualizar)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/package.py" line="50"/>
        <source>Export maps, report and GeoPackage</source>
        <translation>Exportar mapas, informe y GeoPackage</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/package.py" line="77"/>
        <source>Planned network (from &apos;Plan the network&apos;)</source>
        <translation>Red planificada (de «Planificar la red»)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/package.py" line="77"/>
        <source>Protected areas (from &apos;Prepare sites&apos;)</source>
        <translation>Áreas protegidas (de «Preparar sitios»)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/package.py" line="77"/>
        <source>TFCA candidates (from &apos;Find TFCA candidates&apos;)</source>
        <translation>Candidatas ACTF (de «Encontrar candidatas ACTF»)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/package.py" line="87"/>
        <source>Scenario settings (JSON)</source>
        <translation>Parámetros del escenario (JSON)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/package.py" line="92"/>
        <source>Solver summary (JSON, from &apos;Plan the network&apos;)</source>
        <translation>Resumen del solucionador (JSON, de «Planificar la red»)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/package.py" line="100"/>
        <source>Export the maps (PDF, PNG)</source>
        <translation>Exportar los mapas (PDF, PNG)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/package.py" line="107"/>
        <source>Report (HTML)</source>
        <translation>Informe (HTML)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/package.py" line="110"/>
        <source>Candidate atlas (PDF)</source>
        <translation>Atlas de candidatas (PDF)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/package.py" line="122"/>
        <source>Reading the plan</source>
        <translation>Lectura del plan</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/qgis_io/run.py" line="165"/>
        <source>Writing the GeoPackage, report and maps</source>
        <translation>Escritura del GeoPackage, del informe y de los mapas</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/package.py" line="166"/>
        <source>The solver summary &apos;{path}&apos; cannot be read ({reason}).</source>
        <translation>No se puede leer el resumen del solucionador «{path}» ({reason}).</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/plan.py" line="113"/>
        <source>Locked-out field (default: locked_out, else none)</source>
        <translation>Campo de exclusión (por defecto: locked_out; si no, ninguno)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/plan.py" line="206"/>
        <source>Edge factor (share of the outer edge counted in the boundary)</source>
        <translation>Factor de borde (proporción del borde exterior contada en el límite)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/plan.py" line="274"/>
        <source>Fields used: unit id {unit_id}, cost {cost}, locked in {locked}, locked out {locked_out}; species {species}, season {season}.</source>
        <translation>Campos usados: id de unidad {unit_id}, costo {cost}, fijación {locked}, exclusión {locked_out}; especie {species}, temporada {season}.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/plan.py" line="426"/>
        <source>Solver summary (JSON, for the report)</source>
        <translation>Resumen del solucionador (JSON, para el informe)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/plan.py" line="426"/>
        <source>JSON files (*.json)</source>
        <translation>Archivos JSON (*.json)</translation>
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
        <translation>Divide el área de estudio en unidades de planificación: las porciones de territorio entre las que elige el plan.

Área de estudio: códigos ISO3 de países separados por comas (p. ej. BEL,LUX; fronteras del mapa mundial de QGIS salvo que elija una capa de fronteras), o una capa de polígonos (que entonces prevalece sobre los códigos).

Unidades: hexágonos (la opción habitual) o cuadrados de la superficie indicada en km2, o los polígonos de una capa como sitios protegidos o parcelas (una unidad por entidad; indique un campo de id para conservar sus propios id). Las unidades se recortan en el borde del área de estudio; las que quedan fuera se excluyen.

Costo (lo que el plan intenta mantener bajo): la superficie de la unidad por defecto; o un campo numérico de la capa de unidades; o la media de un ráster de costo (p. ej. precio de la tierra o huella humana) sobre cada unidad, en cualquier CRS.

Áreas protegidas: las unidades cubiertas al menos hasta el umbral de fijación (0.5 = la mitad) quedan fijadas en el plan.

Mantener también en la red (opcional): capas de polígonos de lugares que deben formar parte de la red aunque aún no estén protegidos (sitios acordados); las unidades cubiertas al menos hasta el umbral de fijación también quedan fijadas. Mantener fuera de la red (opcional): capas de polígonos de lugares que la red debe evitar (ciudades, concesiones mineras, infraestructuras); las unidades cubiertas al menos hasta el umbral de exclusión quedan excluidas y nunca se seleccionan. Una unidad a la vez fijada y excluida detiene la ejecución.

Salida: una entidad por unidad con unit_id, area_km2, cost, country, protected_share, lockin_share y lockout_share (proporciones cubiertas por las capas que mantener dentro y fuera), locked_in, locked_out y exposed_km (borde sobre el límite del área de estudio); opcionalmente, una tabla de bordes (CSV, al estilo de bound.dat de Marxan: id1,id2,boundary en km, bordes exteriores como filas con id1 = id2) para planes compactos. Todas las superficies se miden en un CRS de igual área centrado en el área de estudio, salvo que elija uno.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/planning_units.py" line="236"/>
        <source>Also keep in the network (locked in)</source>
        <translation>Mantener también en la red (fijadas)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/planning_units.py" line="236"/>
        <source>Keep out of the network (locked out)</source>
        <translation>Mantener fuera de la red (excluidas)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/planning_units.py" line="245"/>
        <source>Lock-out threshold (share of a unit covered by areas to keep out, 0-1)</source>
        <translation>Umbral de exclusión (proporción de una unidad cubierta por zonas que mantener fuera, 0-1)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/planning_units.py" line="475"/>
        <source>{n} planning units, {area:,.0f} km2; {locked} locked in, {locked_out} locked out; {pairs} neighbouring pairs.</source>
        <translation>{n} unidades de planificación, {area:,.0f} km2; {locked} fijadas, {locked_out} excluidas; {pairs} pares vecinos.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/tfca.py" line="120"/>
        <source>Species field (default: species, binomial or sci_name)</source>
        <translation>Campo de especie (por defecto: species, binomial o sci_name)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/qgis_io/run.py" line="81"/>
        <source>The {what} layer &apos;{source}&apos; cannot be opened: run its step again.</source>
        <translation>No se puede abrir la capa {what} «{source}»: vuelva a ejecutar su paso.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/qgis_io/snapshots.py" line="46"/>
        <source>Internal error: the layer &apos;{layer}&apos; was read from a background thread. Please report this problem; meanwhile run the algorithm from the toolbox.</source>
        <translation>Error interno: la capa «{layer}» se leyó desde un hilo en segundo plano. Informe de este problema; mientras tanto, ejecute el algoritmo desde la caja de herramientas de Procesos.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/workflow.py" line="553"/>
        <source>The lock-out share</source>
        <translation>La proporción de exclusión</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/gui/steps.py" line="429"/>
        <source>Polygons whose units must be in the network (agreed sites not yet in the protected-area layer), at the lock-in share above.</source>
        <translation>Polígonos cuyas unidades deben estar en la red (sitios acordados que aún no están en la capa de áreas protegidas), a partir de la proporción de bloqueo indicada arriba.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/gui/steps.py" line="436"/>
        <source>Polygons whose units must stay out of the network (cities, mining concessions, infrastructure), when they cover half a unit or more.</source>
        <translation>Polígonos cuyas unidades deben quedar fuera de la red (ciudades, concesiones mineras, infraestructuras), cuando cubren la mitad de una unidad o más.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/gui/steps.py" line="442"/>
        <source>Also keep in</source>
        <translation>Mantener también en la red</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/gui/steps.py" line="499"/>
        <source>Keep out</source>
        <translation>Excluir de la red</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/gui/steps.py" line="497"/>
        <source>Keep in</source>
        <translation>Mantener en la red</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/planning_units.py" line="225"/>
        <source>Lock-in threshold (share of a unit protected or to keep in, 0-1)</source>
        <translation>Umbral de fijación (proporción de una unidad protegida o que mantener dentro, 0-1)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/qgis_io/styles.py" line="41"/>
        <source>Kept out (locked out)</source>
        <translation>Fuera de la red (excluida)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/gui/steps.py" line="216"/>
        <source>Optional: these layers are added to the simulated data.</source>
        <translation>Opcional: estas capas se añaden a los datos simulados.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/gui/docks/main_dock.py" line="464"/>
        <source>Suggested BLM: {blm:.4g}, where cost and edge weigh equally. The cheapest network costs {cost_a:,.0f} with {edge_a:,.0f} km of edge; the most compact costs {cost_b:,.0f} with {edge_b:,.0f} km. Try half and double as well.</source>
        <translation>BLM sugerido: {blm:.4g}, donde coste y borde pesan lo mismo. La red más barata cuesta {cost_a:,.0f} con {edge_a:,.0f} km de borde; la más compacta cuesta {cost_b:,.0f} con {edge_b:,.0f} km. Pruebe también la mitad y el doble.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/plan.py" line="677"/>
        <source>Cost of the cheapest network</source>
        <translation>Coste de la red más barata</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/plan.py" line="677"/>
        <source>Edge of the cheapest network (km)</source>
        <translation>Borde de la red más barata (km)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/plan.py" line="677"/>
        <source>Cost of the most compact network</source>
        <translation>Coste de la red más compacta</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/plan.py" line="677"/>
        <source>Edge of the most compact network (km)</source>
        <translation>Borde de la red más compacta (km)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/credits.py" line="93"/>
        <source>SIMULATED DATA, FOR TRAINING ONLY: not for decisions.</source>
        <translation>DATOS SIMULADOS, SOLO PARA FORMACIÓN: no usar para decidir.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/credits.py" line="114"/>
        <source>Borders: {layer}.</source>
        <translation>Fronteras: {layer}.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/credits.py" line="116"/>
        <source>Borders: Natural Earth (public domain), via QGIS world_map.gpkg.</source>
        <translation>Fronteras: Natural Earth (dominio público), mediante world_map.gpkg de QGIS.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/credits.py" line="135"/>
        <source>simulated by CMS Connectivity Planner (training data)</source>
        <translation>simuladas por CMS Connectivity Planner (datos de formación)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/credits.py" line="125"/>
        <source>GPS tracks {file} ({species})</source>
        <translation>seguimientos GPS {file} ({species})</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/credits.py" line="131"/>
        <source>Species ranges: {sources}.</source>
        <translation>Áreas de distribución de las especies: {sources}.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/credits.py" line="137"/>
        <source>Protected areas and sites: {sources}.</source>
        <translation>Áreas protegidas y sitios: {sources}.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/gui/steps.py" line="751"/>
        <source>e.g. Ramsar sites: Ministry of Environment, 2025</source>
        <translation>p. ej. Sitios Ramsar: Ministerio de Medio Ambiente, 2025</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/gui/steps.py" line="752"/>
        <source>Added to the credits the maps and the report build from the data used (borders, ranges, tracks, sites).</source>
        <translation>Se añade a los créditos que los mapas y el informe obtienen de los datos usados (fronteras, áreas de distribución, seguimientos, sitios).</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/gui/steps.py" line="759"/>
        <source>Credits</source>
        <translation>Créditos</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/report.py" line="280"/>
        <source>Appendix: settings of the run (scenario.json) and solver</source>
        <translation>Anexo: parámetros de la ejecución (scenario.json) y solucionador</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/qgis_io/layouts.py" line="989"/>
        <source>Rank</source>
        <translation>Rango</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/report.py" line="430"/>
        <source>Already protected (%)</source>
        <translation>Ya protegido (%)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/qgis_io/layouts.py" line="967"/>
        <source>Species across the border</source>
        <translation>Especies a ambos lados de la frontera</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/qgis_io/layouts.py" line="976"/>
        <source>Connectivity importance (dPC, %)</source>
        <translation>Importancia para la conectividad (dPC, %)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/report.py" line="434"/>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/qgis_io/layouts.py" line="478"/>
        <source>TFCA candidate</source>
        <translation>Candidata ACTF</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/qgis_io/layouts.py" line="1039"/>
        <source>Key figures</source>
        <translation>Cifras clave</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/qgis_io/layouts.py" line="950"/>
        <source>Area</source>
        <translation>Superficie</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/qgis_io/layouts.py" line="966"/>
        <source>Already protected</source>
        <translation>Ya protegido</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/qgis_io/layouts.py" line="967"/>
        <source>Species represented</source>
        <translation>Especies representadas</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/qgis_io/layouts.py" line="983"/>
        <source>Selection frequency</source>
        <translation>Frecuencia de selección</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/report.py" line="793"/>
        <source>The network and the TFCA candidates (tfca_map.pdf)</source>
        <translation>La red y las candidatas ACTF (tfca_map.pdf)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/report.py" line="799"/>
        <source>{met} of {targets} species-season targets met; {n} TFCA candidate(s).</source>
        <translation>{met} de {targets} metas por especie y temporada cumplidas; {n} candidata(s) ACTF.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/report.py" line="768"/>
        <source>GBF Target 3 per country</source>
        <translation>Meta 3 del MMB por país</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/report.py" line="768"/>
        <source>Protected (%), before</source>
        <translation>Protegido (%), antes</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/report.py" line="768"/>
        <source>ProtConn (%), before</source>
        <translation>ProtConn (%), antes</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/report.py" line="768"/>
        <source>Protected (%), with the plan</source>
        <translation>Protegido (%), con el plan</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/report.py" line="768"/>
        <source>ProtConn (%), with the plan</source>
        <translation>ProtConn (%), con el plan</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/report.py" line="768"/>
        <source>Units in the network (% of country)</source>
        <translation>Unidades en la red (% del país)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/report.py" line="790"/>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/report.py" line="816"/>
        <source>First TFCA candidates</source>
        <translation>Primeras candidatas ACTF</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/report.py" line="859"/>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/report.py" line="901"/>
        <source>ProtConn was not computed for this run.</source>
        <translation>ProtConn no se calculó en esta ejecución.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/report.py" line="931"/>
        <source>Charts</source>
        <translation>Gráficos</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/report.py" line="127"/>
        <source>uncertain</source>
        <translation>incierta</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/report.py" line="137"/>
        <source>Other (sea or other countries)</source>
        <translation>Otro (mar u otros países)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/report.py" line="843"/>
        <source>Report generated on {date}.</source>
        <translation>Informe generado el {date}.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/solvers/__init__.py" line="157"/>
        <source>optimal</source>
        <translation>óptimo</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/solvers/__init__.py" line="158"/>
        <source>time limit reached</source>
        <translation>límite de tiempo alcanzado</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/solvers/__init__.py" line="159"/>
        <source>iteration limit reached</source>
        <translation>límite de iteraciones alcanzado</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/solvers/__init__.py" line="160"/>
        <source>solution limit reached</source>
        <translation>límite de soluciones alcanzado</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/solvers/__init__.py" line="161"/>
        <source>objective bound reached</source>
        <translation>cota del objetivo alcanzada</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/solvers/__init__.py" line="162"/>
        <source>objective target reached</source>
        <translation>meta del objetivo alcanzada</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/solvers/__init__.py" line="163"/>
        <source>out of memory</source>
        <translation>memoria insuficiente</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/solvers/__init__.py" line="164"/>
        <source>infeasible</source>
        <translation>no factible</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/solvers/__init__.py" line="165"/>
        <source>unbounded</source>
        <translation>no acotado</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/solvers/__init__.py" line="166"/>
        <source>stopped by the user</source>
        <translation>detenido por el usuario</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/solvers/__init__.py" line="167"/>
        <source>feasible</source>
        <translation>factible</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/solvers/__init__.py" line="168"/>
        <source>heuristic</source>
        <translation>heurística</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/qgis_io/layouts.py" line="958"/>
        <source>{area:,.0f} km²</source>
        <translation>{area:,.0f} km²</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/qgis_io/layouts.py" line="958"/>
        <source>Area in {country}</source>
        <translation>Superficie en {country}</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/qgis_io/layouts.py" line="988"/>
        <source>{rank} of {n}</source>
        <translation>{rank} de {n}</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/qgis_io/styles.py" line="41"/>
        <source>Top 3 candidates</source>
        <translation>3 mejores candidatas</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/qgis_io/styles.py" line="41"/>
        <source>Candidates ranked 4 to 10</source>
        <translation>Candidatas en los puestos 4 a 10</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/qgis_io/styles.py" line="41"/>
        <source>Other candidates</source>
        <translation>Otras candidatas</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/qgis_io/styles.py" line="142"/>
        <source>TFCA</source>
        <translation>ACTF</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/credits.py" line="142"/>
        <source>Cite: {citations}.</source>
        <translation>Citar: {citations}.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/qgis_io/credits.py" line="48"/>
        <source>compiler: {names}</source>
        <translation>compilación: {names}</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/cli.py" line="243"/>
        <source>The output folder &apos;{path}&apos; is not a folder: give a folder (it is created if missing).</source>
        <translation>La carpeta de salida «{path}» no es una carpeta: indique una carpeta (se crea si no existe).</translation>
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
        <translation>{n:.1f} días</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/cli.py" line="307"/>
        <source>NUMREPS is {runs} and the first run took {seconds:.1f} s, so all runs may take about {total}; press Ctrl+C to cancel (nothing is written), or lower NUMREPS in input.dat.</source>
        <translation>NUMREPS es {runs} y la primera ejecución tardó {seconds:.1f} s, así que todas pueden tardar unos {total}; pulse Ctrl+C para cancelar (no se escribe nada) o reduzca NUMREPS en input.dat.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/cli.py" line="319"/>
        <source>run {run} of {runs}: objective {objective:,.6g}, gap {gap:.3%}</source>
        <translation>ejecución {run} de {runs}: objetivo {objective:,.6g}, brecha {gap:.3%}</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/cli.py" line="323"/>
        <source>; about {left} left</source>
        <translation>; quedan unos {left}</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/cli.py" line="343"/>
        <source>after {run} of {runs} runs</source>
        <translation>tras {run} de {runs} ejecuciones</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/cli.py" line="345"/>
        <source>before the first run ended</source>
        <translation>antes de terminar la primera ejecución</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/cli.py" line="346"/>
        <source>cancelled (Ctrl+C) {where}; no output file of this run was written.</source>
        <translation>cancelado (Ctrl+C) {where}; no se escribió ningún archivo de resultados de esta ejecución.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/cli.py" line="392"/>
        <source>{reason} ({file}); check the folder and run again.</source>
        <translation>{reason} ({file}); compruebe la carpeta y vuelva a ejecutar.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/cli.py" line="507"/>
        <source>cancelled (Ctrl+C).</source>
        <translation>cancelado (Ctrl+C).</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/borders.py" line="64"/>
        <source>The border layer &apos;{layer}&apos; has {n} feature(s) that are points or lines, not polygons (first: row {row}, {kind}): country borders must be polygons. Choose a polygon layer of countries, or leave it empty to use QGIS&apos;s world map.</source>
        <translation>La capa de fronteras «{layer}» tiene {n} objeto(s) que son puntos o líneas, no polígonos (primero: fila {row}, {kind}): las fronteras de los países deben ser polígonos. Elija una capa de polígonos de países o déjela vacía para usar el mapa del mundo de QGIS.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/conefor.py" line="279"/>
        <source>-landArea must be a positive number up to 1e15 (got {value}); rescale the areas, e.g. to ha or km2.</source>
        <translation>-landArea debe ser un número positivo de como máximo 1e15 (se recibió {value}); cambie la unidad de las superficies, por ejemplo a ha o km2.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/conefor.py" line="302"/>
        <source>The {what} &apos;{path}&apos; could not be read ({reason}): check the path.</source>
        <translation>No se pudo leer el {what} '{path}' ({reason}): compruebe la ruta.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/conefor.py" line="338"/>
        <source>Line {line} of the node file &apos;{path}&apos;: the attribute &apos;{value}&apos; of node {id} must be a number from 0 to 1e15 (rescale larger areas, e.g. to ha or km2).</source>
        <translation>Línea {line} del archivo de nodos '{path}': el atributo '{value}' del nodo {id} debe ser un número de 0 a 1e15 (cambie la unidad de las superficies grandes, por ejemplo a ha o km2).</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/conefor.py" line="346"/>
        <source>Lines {first} and {line} of the node file &apos;{path}&apos; both give node {id}: keep one line per node.</source>
        <translation>Las líneas {first} y {line} del archivo de nodos '{path}' dan ambas el nodo {id}: deje una línea por nodo.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/conefor.py" line="375"/>
        <source>The node file &apos;{path}&apos;: the attributes of the {which} nodes are all 0, so every index would be 0/0; give at least one of them an attribute above 0.</source>
        <translation>Archivo de nodos '{path}': los atributos de los nodos {which} son todos 0, por lo que cada índice sería 0/0; dé a al menos uno de ellos un atributo mayor que 0.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/conefor.py" line="375"/>
        <source>existing</source>
        <translation>existentes</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/conefor.py" line="375"/>
        <source>listed</source>
        <translation>listados</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/conefor.py" line="393"/>
        <source>The connection file &apos;{path}&apos; lists no connection: write one &apos;id1 id2 {what}&apos; per line.</source>
        <translation>El archivo de conexiones '{path}' no contiene ninguna conexión: escriba una línea 'id1 id2 {what}' por conexión.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/conefor.py" line="427"/>
        <source>Line {line} of the connection file &apos;{path}&apos; connects node {id} to itself; remove the line (a node&apos;s own area counts without a connection).</source>
        <translation>La línea {line} del archivo de conexiones '{path}' une el nodo {id} consigo mismo; elimine la línea (la superficie propia de un nodo cuenta sin conexión).</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/conefor.py" line="438"/>
        <source>Lines {first} and {line} of the connection file &apos;{path}&apos; give the pair {id1}-{id2} two different values ({value1} and {value2}); keep the right one.</source>
        <translation>Las líneas {first} y {line} del archivo de conexiones '{path}' dan al par {id1}-{id2} dos valores distintos ({value1} y {value2}); conserve el correcto.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/conefor.py" line="504"/>
        <source>The results file &apos;{path}&apos; could not be read ({reason}); move it away and run again.</source>
        <translation>No se pudo leer el archivo de resultados '{path}' ({reason}); muévalo a otro lugar y vuelva a ejecutar.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/conefor.py" line="547"/>
        <source>Could not write &apos;{path}&apos; ({reason}); nothing of this run was kept: run Conefor from a folder you can write to, with free disk space.</source>
        <translation>No se pudo escribir '{path}' ({reason}); no se conservó nada de esta ejecución: ejecute Conefor desde una carpeta con permiso de escritura y espacio libre en disco.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/conefor.py" line="600"/>
        <source>The results of &apos;{nodes}&apos; and &apos;{connections}&apos; are not finite numbers (the attributes or -landArea are too large for double precision); rescale them, e.g. to km2.</source>
        <translation>Los resultados de '{nodes}' y '{connections}' no son números finitos (los atributos o -landArea son demasiado grandes para la doble precisión); cambie su unidad, por ejemplo a km2.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/conefor.py" line="875"/>
        <source>{reason} ({file}); check the files and the folder, then run again.</source>
        <translation>{reason} ({file}); compruebe los archivos y la carpeta y vuelva a ejecutar.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/conefor.py" line="884"/>
        <source>cancelled (Ctrl+C); no file was written.</source>
        <translation>cancelado (Ctrl+C); no se escribió ningún archivo.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/corridors.py" line="207"/>
        <source>The resistance raster &apos;{raster}&apos; has {n} cell(s) with a resistance above {limit:g} (highest {high:g}): such values overflow the corridor costs. If they mean &apos;no data&apos; or &apos;impassable&apos;, set that value as the raster&apos;s nodata; otherwise rescale the resistances (e.g. 1 to 1000).</source>
        <translation>El ráster de resistencia «{raster}» tiene {n} celda(s) con una resistencia superior a {limit:g} (máxima {high:g}): esos valores desbordan los costes de los corredores. Si significan «sin datos» o «infranqueable», defina ese valor como nodata del ráster; si no, cambie la escala de las resistencias (por ejemplo, de 1 a 1000).</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/crs.py" line="85"/>
        <source>Coordinates up to {value:.6g} cannot be degrees, yet the layer&apos;s CRS ({crs}) is geographic: the layer carries the wrong CRS. Set the CRS its coordinates are in (Layer &gt; Set CRS).</source>
        <translation>Unas coordenadas de hasta {value:.6g} no pueden ser grados, pero el SRC de la capa ({crs}) es geográfico: la capa tiene un SRC equivocado. Asigne el SRC en que están sus coordenadas (Capa &gt; Asignar SRC).</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/crs.py" line="91"/>
        <source>Coordinates up to {value:.6g} cannot be degrees, yet the CRS of the layer &apos;{layer}&apos; ({crs}) is geographic: the layer carries the wrong CRS. Set the CRS its coordinates are in (Layer &gt; Set CRS).</source>
        <translation>Unas coordenadas de hasta {value:.6g} no pueden ser grados, pero el SRC de la capa «{layer}» ({crs}) es geográfico: la capa tiene un SRC equivocado. Asigne el SRC en que están sus coordenadas (Capa &gt; Asignar SRC).</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/crs.py" line="173"/>
        <source>Coordinates (up to {value:.6g}) cannot be reprojected from {src} to {dst}: they lie far outside the area of the layer&apos;s CRS. Check the layer&apos;s CRS (Layer &gt; Set CRS) or remove the features with wrong coordinates.</source>
        <translation>Las coordenadas (hasta {value:.6g}) no se pueden reproyectar de {src} a {dst}: quedan muy fuera del área del SRC de la capa. Compruebe el SRC de la capa (Capa &gt; Asignar SRC) o elimine los objetos con coordenadas erróneas.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/crs.py" line="179"/>
        <source>The layer &apos;{layer}&apos; has coordinates (up to {value:.6g}) that cannot be reprojected from {src} to {dst}: they lie far outside the area of its CRS. Check the layer&apos;s CRS (Layer &gt; Set CRS) or remove the features with wrong coordinates.</source>
        <translation>La capa «{layer}» tiene coordenadas (hasta {value:.6g}) que no se pueden reproyectar de {src} a {dst}: quedan muy fuera del área de su SRC. Compruebe el SRC de la capa (Capa &gt; Asignar SRC) o elimine los objetos con coordenadas erróneas.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/marxan.py" line="305"/>
        <source>give at most 1e15 (rescale the boundary lengths).</source>
        <translation>indique como máximo 1e15 (cambie la unidad de las longitudes de límite).</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/marxan.py" line="310"/>
        <source>each run is a complete exact solve (the first is the optimum, the others the next best different selections), so give at most 10000 runs; 10 to 100 are usually enough to map how often each unit is selected.</source>
        <translation>cada ejecución es una resolución exacta completa (la primera es el óptimo, las demás las siguientes mejores selecciones distintas), así que indique como máximo 10000 ejecuciones; de 10 a 100 suelen bastar para cartografiar con qué frecuencia se selecciona cada unidad.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/marxan.py" line="340"/>
        <source>give a plain name (letters, digits, &apos;_&apos; or &apos;-&apos;): it starts the name of every output file; choose the folder with OUTPUTDIR.</source>
        <translation>indique un nombre simple (letras, cifras, '_' o '-'): encabeza el nombre de cada archivo de resultados; elija la carpeta con OUTPUTDIR.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/tables.py" line="247"/>
        <source>the {column} {value} is too large (the limit is 1e15); rescale the column, e.g. to thousands or km2.</source>
        <translation>el valor {value} de {column} es demasiado grande (el límite es 1e15); cambie la unidad de la columna, por ejemplo a miles o km2.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/marxan.py" line="457"/>
        <source>the status &apos;{value}&apos; of planning unit {id} is not a Marxan status; use 0 (free), 1 (initial reserve, not locked), 2 (locked in) or 3 (locked out).</source>
        <translation>el estado '{value}' de la unidad de planificación {id} no es un estado de Marxan; use 0 (libre), 1 (reserva inicial, no bloqueada), 2 (bloqueada dentro) o 3 (bloqueada fuera).</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/marxan.py" line="1255"/>
        <source>free some disk space or point OUTPUTDIR to another disk</source>
        <translation>libere espacio en disco o indique otro disco en OUTPUTDIR</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/marxan.py" line="1257"/>
        <source>make the folder writable or point OUTPUTDIR to another folder</source>
        <translation>dé permiso de escritura a la carpeta o indique otra carpeta en OUTPUTDIR</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/marxan.py" line="1258"/>
        <source>Could not write the Marxan outputs to {folder} ({file}: {reason}); no output of this run was kept and the folder holds its earlier files unchanged: {fix} (input.dat line {line}), then run again.</source>
        <translation>No se pudieron escribir los resultados de Marxan en {folder} ({file}: {reason}); no se conservó ningún resultado de esta ejecución y la carpeta mantiene sus archivos anteriores sin cambios: {fix} (input.dat línea {line}) y vuelva a ejecutar.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/marxan.py" line="1404"/>
        <source>input.dat line {line}: OUTPUTDIR</source>
        <translation>input.dat línea {line}: OUTPUTDIR</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/marxan.py" line="1408"/>
        <source>The output folder</source>
        <translation>La carpeta de salida</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/marxan.py" line="1410"/>
        <source>{where} is {folder}, which is a file, not a folder; rename or remove that file, or point OUTPUTDIR to a folder.</source>
        <translation>{where} es {folder}, que es un archivo y no una carpeta; cambie el nombre del archivo o elimínelo, o indique una carpeta en OUTPUTDIR.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/marxan.py" line="1422"/>
        <source>{where} is {folder}, which could not be created ({reason}); create it yourself or point OUTPUTDIR to a folder you can write to.</source>
        <translation>{where} es {folder}, que no se pudo crear ({reason}); créela usted mismo o indique en OUTPUTDIR una carpeta con permiso de escritura.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/marxan.py" line="1431"/>
        <source>{where} is {folder}, which cannot be written to ({reason}); make it writable (e.g. chmod u+w) or point OUTPUTDIR to another folder.</source>
        <translation>{where} es {folder}, donde no se puede escribir ({reason}); dele permiso de escritura (por ejemplo chmod u+w) o indique otra carpeta en OUTPUTDIR.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/marxan.py" line="1495"/>
        <source>NUMREPS above 1</source>
        <translation>NUMREPS mayor que 1</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/problem/model.py" line="220"/>
        <source>The cost of planning unit {units} is {value:g}, above {limit:g}: the solver cannot work with such numbers. Check the cost field, or rescale the costs (e.g. to thousands) so that every cost is below {limit:g}.</source>
        <translation>El coste de la unidad de planificación {units} es {value:g}, por encima de {limit:g}: el solucionador no puede trabajar con esos números. Compruebe el campo de coste o cambie la escala de los costes (por ejemplo, a miles) para que todos queden por debajo de {limit:g}.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/problem/penalties.py" line="188"/>
        <source>The boundary length modifier {value:g} times the longest boundary ({length:g}) is above {limit:g}: the solver cannot work with such numbers. Use a modifier below {most:g} (&apos;Suggest a boundary length modifier&apos; finds a balanced value).</source>
        <translation>El modificador de longitud de borde {value:g} por el borde más largo ({length:g}) supera {limit:g}: el solucionador no puede trabajar con esos números. Use un modificador inferior a {most:g} («Sugerir un modificador de longitud de borde (BLM)» encuentra un valor equilibrado).</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/workflow.py" line="122"/>
        <source>The setting &apos;{key}&apos; is {value}: give a number (without quotes), e.g. {example}.</source>
        <translation>El parámetro «{key}» es {value}: indique un número (sin comillas), p. ej. {example}.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/workflow.py" line="114"/>
        <source>The setting &apos;{key}&apos; is {value}: give a whole number, e.g. {example}.</source>
        <translation>El parámetro «{key}» es {value}: indique un número entero, p. ej. {example}.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/workflow.py" line="157"/>
        <source>The setting &apos;{key}&apos; is {value}: give a list of texts, e.g. [&quot;FRA&quot;, &quot;ESP&quot;], or one text with commas.</source>
        <translation>El parámetro «{key}» es {value}: indique una lista de textos, p. ej. [&quot;FRA&quot;, &quot;ESP&quot;], o un texto con comas.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/tracks.py" line="510"/>
        <source>The tracking file &apos;{source}&apos; cannot be read ({error}): check that it exists and that you may read it.</source>
        <translation>El archivo de seguimiento «{source}» no se puede leer ({error}): compruebe que existe y que tiene permiso para leerlo.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/tracks.py" line="520"/>
        <source>The tracking file &apos;{source}&apos; is a damaged or incomplete gzip file (it ends early or is corrupt): download or compress it again.</source>
        <translation>El archivo de seguimiento «{source}» es un archivo gzip dañado o incompleto (termina antes de tiempo o está corrupto): descárguelo o comprímalo de nuevo.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/tracks.py" line="527"/>
        <source>The tracking file &apos;{source}&apos; ends in .gz but is not gzip-compressed: rename it to .csv if it is plain CSV, or compress it with gzip.</source>
        <translation>El archivo de seguimiento «{source}» termina en .gz pero no está comprimido con gzip: cámbiele el nombre a .csv si es un CSV simple, o comprímalo con gzip.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/tracks.py" line="534"/>
        <source>The tracking file &apos;{source}&apos; is a ZIP archive or a spreadsheet, not CSV: extract it, or save the sheet as CSV UTF-8.</source>
        <translation>El archivo de seguimiento «{source}» es un archivo ZIP o una hoja de cálculo, no un CSV: extráigalo, o guarde la hoja como CSV UTF-8.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/tracks.py" line="543"/>
        <source>Line {line} of the tracking file &apos;{source}&apos; is not UTF-8 text: save the file as CSV UTF-8 (not a binary or spreadsheet file).</source>
        <translation>La línea {line} del archivo de seguimiento «{source}» no es texto UTF-8: guarde el archivo como CSV UTF-8 (no un archivo binario ni una hoja de cálculo).</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/tracks.py" line="551"/>
        <source>Line {line} of the tracking file &apos;{source}&apos; holds binary data (a NUL byte): choose a CSV text file, or export the data again as CSV.</source>
        <translation>La línea {line} del archivo de seguimiento «{source}» contiene datos binarios (un byte NUL): elija un archivo de texto CSV, o exporte de nuevo los datos como CSV.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/tracks.py" line="594"/>
        <source>Line {line} of the tracking file &apos;{source}&apos; cannot be read as CSV ({error}): check the delimiter and the quotes, or export the file again as CSV.</source>
        <translation>La línea {line} del archivo de seguimiento «{source}» no se puede leer como CSV ({error}): compruebe el separador y las comillas, o exporte de nuevo el archivo como CSV.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/workflow.py" line="100"/>
        <source>{name} (did you mean {suggestion}?)</source>
        <translation>{name} (¿quería decir {suggestion}?)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/workflow.py" line="130"/>
        <source>The setting &apos;{key}&apos; is {value}: give true or false.</source>
        <translation>El parámetro «{key}» es {value}: indique true o false.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/workflow.py" line="137"/>
        <source>The setting &apos;{key}&apos; is {value}: give a text in quotes.</source>
        <translation>El parámetro «{key}» es {value}: indique un texto entre comillas.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/workflow.py" line="144"/>
        <source>The setting &apos;{key}&apos; is {value}: use one of {choices}.</source>
        <translation>El parámetro «{key}» es {value}: use uno de los valores {choices}.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/workflow.py" line="170"/>
        <source>The setting &apos;targets&apos; is {value}: give percentages by species and season, e.g. {{&quot;Ciconia ciconia|2&quot;: 40}}.</source>
        <translation>El parámetro «targets» es {value}: indique porcentajes por especie y estación, p. ej. {{&quot;Ciconia ciconia|2&quot;: 40}}.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/workflow.py" line="341"/>
        <source>The scenario file &apos;{path}&apos; is not UTF-8 text: choose a scenario exported from the plugin (a .json file).</source>
        <translation>El archivo de escenario «{path}» no es texto UTF-8: elija un escenario exportado por el complemento (un archivo .json).</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/workflow.py" line="390"/>
        <source>The scenario file sets both &apos;{old}&apos; and &apos;{new}&apos;, which are the same setting: keep &apos;{new}&apos; only.</source>
        <translation>El archivo de escenario define a la vez «{old}» y «{new}», que son el mismo parámetro: conserve solo «{new}».</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/workflow.py" line="442"/>
        <source>The optimality gap is {value:g}, which looks like a percentage: give it as a fraction, {fraction:g} (0.01 = within 1 %).</source>
        <translation>La brecha de optimalidad es {value:g}, lo que parece un porcentaje: indíquela como fracción, {fraction:g} (0,01 = dentro del 1 %).</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/workflow.py" line="448"/>
        <source>The optimality gap is {value:g}: give a fraction from 0 to below 1 (0.01 = within 1 %).</source>
        <translation>La brecha de optimalidad es {value:g}: indique una fracción de 0 a menos de 1 (0,01 = dentro del 1 %).</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/workflow.py" line="533"/>
        <source>The random seed is {value}: give a whole number from 0 to {high}.</source>
        <translation>La semilla aleatoria es {value}: indique un número entero de 0 a {high}.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/workflow.py" line="572"/>
        <source>The budget</source>
        <translation>El presupuesto</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/base.py" line="219"/>
        <source>The output &apos;{output}&apos; ({path}) is the input &apos;{input}&apos;: writing it would overwrite the input. Choose another file for the output.</source>
        <translation>La salida «{output}» ({path}) es la entrada «{input}»: escribirla sobrescribiría la entrada. Elija otro archivo para la salida.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/base.py" line="259"/>
        <source>The file {path} (&apos;{parameter}&apos;) could not be read: it is damaged, incomplete or not a GIS file. Open it in QGIS to check it, or copy or export it again.</source>
        <translation>No se pudo leer el archivo {path} («{parameter}»): está dañado, incompleto o no es un archivo SIG. Ábralo en QGIS para comprobarlo, o cópielo o expórtelo de nuevo.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/base.py" line="286"/>
        <source>The field &apos;{field}&apos; (&apos;{parameter}&apos;) is not in the layer &apos;{layer}&apos;: choose one of its fields ({fields}).</source>
        <translation>El campo «{field}» («{parameter}») no está en la capa «{layer}»: elija uno de sus campos ({fields}).</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/base.py" line="384"/>
        <source>&apos;{output}&apos; must be a folder, but {path} is a file: choose a folder (a new one is created).</source>
        <translation>«{output}» debe ser una carpeta, pero {path} es un archivo: elija una carpeta (se crea una nueva).</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/base.py" line="401"/>
        <source>The folder {path} for &apos;{output}&apos; cannot be written: {file} is a file, not a folder. Choose another folder.</source>
        <translation>No se puede escribir la carpeta {path} para «{output}»: {file} es un archivo, no una carpeta. Elija otra carpeta.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/base.py" line="391"/>
        <source>&apos;{output}&apos; must be a file, but {path} is a folder: add a file name.</source>
        <translation>«{output}» debe ser un archivo, pero {path} es una carpeta: añada un nombre de archivo.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/base.py" line="408"/>
        <source>The folder {folder} for &apos;{output}&apos; does not exist: create it or choose another folder.</source>
        <translation>La carpeta {folder} para «{output}» no existe: créela o elija otra carpeta.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/base.py" line="416"/>
        <source>The folder {folder} for &apos;{output}&apos; is not writable: choose a folder you may write to (e.g. in your home folder) or change its permissions.</source>
        <translation>La carpeta {folder} para «{output}» no admite escritura: elija una carpeta en la que pueda escribir (por ejemplo, en su carpeta personal) o cambie sus permisos.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/base.py" line="481"/>
        <source>&apos;{algorithm}&apos; stopped on an error it does not know ({kind}: {detail}); nothing was written. Check the inputs (geometries, fields, numbers) and report this message if they look right.</source>
        <translation>«{algorithm}» se detuvo por un error desconocido ({kind}: {detail}); no se escribió nada. Compruebe las entradas (geometrías, campos, números) e informe de este mensaje si parecen correctas.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/marxan.py" line="325"/>
        <source>Row {row} of &apos;{layer}&apos; has &apos;{value}&apos; in the amount field &apos;{field}&apos;: amounts must be numbers of 0 or more. Fix that row, or choose the numeric amount field.</source>
        <translation>La fila {row} de «{layer}» tiene «{value}» en el campo de cantidad «{field}»: las cantidades deben ser números mayores o iguales que 0. Corrija esa fila o elija el campo de cantidad numérico.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/qgis_io/layouts.py" line="347"/>
        <source>Could not write {path}: the disk is full ({free} MB free). Free some space or choose another output folder.</source>
        <translation>No se pudo escribir {path}: el disco está lleno ({free} MB libres). Libere espacio o elija otra carpeta de salida.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/qgis_io/layouts.py" line="351"/>
        <source>Could not write {path}: check that the folder is writable and that no other program (a PDF viewer) holds the file open.</source>
        <translation>No se pudo escribir {path}: compruebe que la carpeta admite escritura y que ningún otro programa (un visor de PDF) mantiene el archivo abierto.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/qgis_io/layouts.py" line="356"/>
        <source>Not enough memory to export {path}: lower the resolution (dpi) or close other programs.</source>
        <translation>Memoria insuficiente para exportar {path}: reduzca la resolución (ppp) o cierre otros programas.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/base.py" line="248"/>
        <source>The file {path} (&apos;{parameter}&apos;) does not exist: check the path, or choose the file again.</source>
        <translation>El archivo {path} ('{parameter}') no existe: compruebe la ruta o vuelva a elegir el archivo.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/tracks.py" line="368"/>
        <source>automatic: the track&apos;s season labels if it has them, else movement</source>
        <translation>automático: las etiquetas de temporada de la trayectoria si las tiene; si no, el movimiento</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/planning_units.py" line="883"/>
        <source>None of the {n} feature(s) of the layer of areas to keep in &apos;{layer}&apos; overlaps the study area, so it locks no planning unit in. Check the layer&apos;s CRS (features read in a wrong CRS land elsewhere) and that its sites lie in the chosen countries or study area.</source>
        <translation>Ninguna de las {n} entidad(es) de la capa de zonas a conservar '{layer}' se superpone al área de estudio, así que no bloquea ninguna unidad de planificación. Compruebe el SRC de la capa (entidades leídas en un SRC erróneo quedan en otro lugar) y que sus sitios estén en los países o el área de estudio elegidos.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/planning_units.py" line="890"/>
        <source>None of the {n} feature(s) of the protected-area layer &apos;{layer}&apos; overlaps the study area, so no planning unit is locked in as protected. Check the layer&apos;s CRS (features read in a wrong CRS land elsewhere) and that its sites lie in the chosen countries or study area.</source>
        <translation>Ninguna de las {n} entidad(es) de la capa de áreas protegidas '{layer}' se superpone al área de estudio, así que ninguna unidad de planificación queda bloqueada como protegida. Compruebe el SRC de la capa (entidades leídas en un SRC erróneo quedan en otro lugar) y que sus sitios estén en los países o el área de estudio elegidos.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/planning_units.py" line="487"/>
        <source>Warning: {message}</source>
        <translation>Advertencia: {message}</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/flyway.py" line="217"/>
        <source>&apos;{layer}&apos; has no role field ({names}) and no individual id and timestamp of GPS fixes: choose its role field (breeding / stopover / non-breeding), or give GPS tracks.</source>
        <translation>«{layer}» no tiene campo de rol ({names}) ni identificador de individuo y marca de tiempo de localizaciones GPS: elija su campo de rol (reproducción / escala / no reproductiva) o proporcione trayectorias GPS.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/planning_units.py" line="259"/>
        <source>The field &apos;{field}&apos; of &apos;{layer}&apos; has &apos;{value}&apos; at feature {row}: write each unit&apos;s km2 per country as ESP:268.1;PRT:12.0, or delete the field to count each unit in its country field.</source>
        <translation>El campo '{field}' de '{layer}' contiene '{value}' en la entidad {row}: escriba los km2 de cada unidad por país como ESP:268.1;PRT:12.0, o elimine el campo para contar cada unidad en su campo country.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/planning_units.py" line="357"/>
        <source>{n} unit(s) of &apos;{layer}&apos; lie wholly in the country of their own {field} field, though the border layer put {moved:,.1f} km2 of them in other countries or at sea (most: unit {unit}, {field} {code}, borders {borders}). A site&apos;s single code wins over coarser borders; a site with several codes (ESP;PRT) follows the borders.</source>
        <translation>{n} unidad(es) de '{layer}' se encuentran por completo en el país de su propio campo {field}, aunque la capa de fronteras situaba {moved:,.1f} km2 de ellas en otros países o en el mar (la mayor: unidad {unit}, {field} {code}, fronteras {borders}). El código único de un sitio prevalece sobre fronteras más toscas; un sitio con varios códigos (ESP;PRT) sigue las fronteras.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/planning_units.py" line="384"/>
        <source>{n} planning unit(s) ({area:,.1f} km2) lie outside every country of the border layer (at sea or beyond its borders): their country is empty and they count in no country&apos;s area.</source>
        <translation>{n} unidad(es) de planificación ({area:,.1f} km2) quedan fuera de todo país de la capa de fronteras (en el mar o más allá de sus fronteras): su país está vacío y no cuentan en la superficie de ningún país.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/planning_units.py" line="396"/>
        <source>{n} planning unit(s) lie partly outside every country (on the coast or the edge of the border layer; {area:,.1f} km2 in all): only their parts in a country count in its area.</source>
        <translation>{n} unidad(es) de planificación quedan en parte fuera de todo país (en la costa o en el borde de la capa de fronteras; {area:,.1f} km2 en total): solo sus partes dentro de un país cuentan en su superficie.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/ranges.py" line="455"/>
        <source>The range file &apos;{file}&apos; could not be read as vector data ({reason}): choose a GeoPackage, shapefile or another vector file that GDAL reads.</source>
        <translation>El archivo de áreas de distribución «{file}» no se pudo leer como datos vectoriales ({reason}): elija un GeoPackage, un shapefile u otro archivo vectorial que GDAL pueda leer.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/ranges.py" line="455"/>
        <source>no vector layer</source>
        <translation>ninguna capa vectorial</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/ranges.py" line="516"/>
        <source>Layer &apos;{layer}&apos; is the eBird prediction area (where the model made predictions, not the species&apos; range): its {n} feature(s) were left out.</source>
        <translation>La capa «{layer}» es el área de predicción de eBird (donde el modelo hizo predicciones, no el área de distribución de la especie): sus {n} entidad(es) se dejaron fuera.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/ranges.py" line="525"/>
        <source>Layer &apos;{layer}&apos;: {n} feature(s) with type &apos;prediction_area&apos; (where the eBird model made predictions, not the species&apos; range) were left out.</source>
        <translation>Capa «{layer}»: {n} entidad(es) de tipo «prediction_area» (donde el modelo de eBird hizo predicciones, no el área de distribución de la especie) se dejaron fuera.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/ranges.py" line="535"/>
        <source>Only eBird prediction areas were given ({layers}): they show where the model made predictions, not where the species occurs. Choose the &apos;range&apos; layer of the same eBird GeoPackage.</source>
        <translation>Solo se indicaron áreas de predicción de eBird ({layers}): muestran dónde el modelo hizo predicciones, no dónde está presente la especie. Elija la capa «range» del mismo GeoPackage de eBird.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/ranges.py" line="543"/>
        <source>Ranges were read from {layers} only.</source>
        <translation>Las áreas de distribución se leyeron solo de {layers}.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/ranges.py" line="567"/>
        <source>{species}: the eBird prebreeding_migration ({pre:,.0f} km2) and postbreeding_migration ({post:,.0f} km2) ranges were merged into one passage range ({passage:,.0f} km2), as IUCN has a single passage code (4).</source>
        <translation>{species}: las áreas de eBird prebreeding_migration ({pre:,.0f} km2) y postbreeding_migration ({post:,.0f} km2) se fusionaron en una sola área de paso ({passage:,.0f} km2), porque la UICN tiene un único código de paso (4).</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/ranges.py" line="793"/>
        <source>Layer &apos;{layer}&apos; read as eBird Status &amp; Trends: species from &apos;{species}&apos;; season breeding -&gt; breeding (2), nonbreeding -&gt; non-breeding (3), resident -&gt; resident (1), prebreeding_migration and postbreeding_migration -&gt; passage (4).</source>
        <translation>Capa «{layer}» leída como eBird Status &amp; Trends: especie tomada de «{species}»; temporada breeding -&gt; reproductiva (2), nonbreeding -&gt; no reproductiva (3), resident -&gt; residente (1), prebreeding_migration y postbreeding_migration -&gt; de paso (4).</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/tracks.py" line="1330"/>
        <source>minimum migration distance (km)</source>
        <translation>distancia mínima de migración (km)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/tracks.py" line="1382"/>
        <source>The method &apos;{value}&apos; is unknown: use {methods}.</source>
        <translation>El método «{value}» es desconocido: use {methods}.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/tracks.py" line="1403"/>
        <source>Seasons from each bird&apos;s movement between the ends of its range.</source>
        <translation>Temporadas según el movimiento de cada ave entre los extremos de su área.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/tracks.py" line="1406"/>
        <source>Seasons from date windows (day of year).</source>
        <translation>Temporadas según ventanas de fechas (día del año).</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/tracks.py" line="1406"/>
        <source>Seasons from date windows; {n} individuals living mostly south of the equator use the windows shifted by half a year.</source>
        <translation>Temporadas según ventanas de fechas; {n} individuos que viven sobre todo al sur del ecuador usan las ventanas desplazadas medio año.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/tracks.py" line="1426"/>
        <source>Seasons from the track&apos;s own labels in the field &apos;{field}&apos; ({share:.1f} % of fixes).</source>
        <translation>Temporadas tomadas de las etiquetas propias de la trayectoria en el campo «{field}» ({share:.1f} % de las localizaciones).</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/tracks.py" line="1438"/>
        <source>State values not mapped to a season (their fixes are left out; map them with value=season if they belong to one): {values}.</source>
        <translation>Valores de estado no asignados a una temporada (sus localizaciones se excluyen; asígnelos con value=season si pertenecen a una): {values}.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/tracks.py" line="1450"/>
        <source>Every fix is resident: the species does not migrate.</source>
        <translation>Todas las localizaciones son residentes: la especie no migra.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/tracks.py" line="1453"/>
        <source>no bird&apos;s positions span {km:g} km: lower the minimum migration distance, classify by dates, or choose resident</source>
        <translation>las posiciones de ninguna ave abarcan {km:g} km: reduzca la distancia mínima de migración, clasifique por fechas o elija residente</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/gui/steps.py" line="252"/>
        <source>Automatic: the track&apos;s own labels, else movement</source>
        <translation>Automático: las etiquetas propias de la trayectoria; si no, el movimiento</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/gui/steps.py" line="252"/>
        <source>Movement: each bird&apos;s annual cycle</source>
        <translation>Movimiento: el ciclo anual de cada ave</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/gui/steps.py" line="252"/>
        <source>Dates: day-of-year windows</source>
        <translation>Fechas: ventanas de días del año</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/gui/steps.py" line="252"/>
        <source>Labels: the season-labels field</source>
        <translation>Etiquetas: el campo de etiquetas de temporada</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/gui/steps.py" line="252"/>
        <source>Resident: the species does not migrate</source>
        <translation>Residente: la especie no migra</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/gui/steps.py" line="260"/>
        <source>Automatic uses Movebank&apos;s migration-stage or migration-state labels when they label most fixes, else movement: stays at the two ends of each bird&apos;s range are breeding and non-breeding, year after year, and the journeys between them passage. The log of the Data step says which was used.</source>
        <translation>El modo Automático usa las etiquetas migration-stage o migration-state de Movebank cuando etiquetan la mayoría de las localizaciones y, si no, el movimiento: las estancias en los dos extremos del área de cada ave son la reproducción y la temporada no reproductiva, año tras año, y los trayectos entre ellos, el paso. El registro del paso Datos indica cuál se usó.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/gui/steps.py" line="269"/>
        <source>detected (migration-stage, migration-state)</source>
        <translation>detectado (migration-stage, migration-state)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/gui/steps.py" line="270"/>
        <source>The tracking file&apos;s column with season labels, when it is not detected.</source>
        <translation>La columna del archivo de seguimiento con las etiquetas de temporada, cuando no se detecta.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/gui/steps.py" line="275"/>
        <source>Day-of-year windows for Dates. Empty: breeding 1 May-31 Jul, passage 1 Aug-31 Oct and 1 Mar-30 Apr, non-breeding 1 Nov-28 Feb, half a year later for birds living south of the equator.</source>
        <translation>Ventanas de días del año para Fechas. Vacío: reproducción 1 may-31 jul, paso 1 ago-31 oct y 1 mar-30 abr, no reproductiva 1 nov-28 feb, medio año después para las aves que viven al sur del ecuador.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/gui/steps.py" line="282"/>
        <source>Seasons of the tracks</source>
        <translation>Temporadas de las trayectorias</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/gui/steps.py" line="282"/>
        <source>Season labels field</source>
        <translation>Campo de etiquetas de temporada</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/gui/steps.py" line="282"/>
        <source>Date windows</source>
        <translation>Ventanas de fechas</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/corridors.py" line="378"/>
        <source>Links breeding, stopover and non-breeding sites into a migration network and finds the sites the flyway cannot lose: if a critical site disappears, some breeding sites can no longer reach any non-breeding site within the species&apos; flight range (the stopover-network view of Runge et al. 2014 and Xu et al. 2019).

Input: a point or polygon layer of sites with a role field (breeding, stopover or passage, non-breeding or wintering; IUCN codes 2, 4, 3 work too; a field named role or season is found by itself), or GPS tracks (a Movebank CSV, or a layer of fixes with an individual id and a timestamp, one migration or several years): stopovers are found as in &apos;Tracks to stopover sites&apos;, and each bird&apos;s stays at the ends of its range give breeding and non-breeding sites.

Maximum hop (km): the longest flight between two sites (storks about 300-500 km a day; waders up to thousands). Links only go towards the non-breeding end: along the line from the centre of the breeding sites to the centre of the non-breeding sites, the next site must be further on.

Outputs: sites (points) with links in and out, whether each reaches a non-breeding site, routes (separate paths from a breeding site; 1 means a single site can cut it off), loss (breeding weight cut off if the site is lost; the weight field, e.g. birds, or 1 per site), critical (loss &gt; 0), betweenness (share of shortest routes through the site) and, with protected areas, protected (at least the threshold share of the site covered; 50 % by default) and unprotected critical. Links: lines with their length.

Pitfalls: tracks of a few birds show their routes, not the whole flyway; a hop that is too short leaves breeding sites unconnected, one that is too long makes no site critical.</source>
        <translation>Enlaza los sitios de reproducción, de escala y no reproductivos en una red migratoria y encuentra los sitios que la ruta migratoria no puede perder: si desaparece un sitio crítico, algunos sitios de reproducción ya no pueden llegar a ningún sitio no reproductivo dentro del alcance de vuelo de la especie (el enfoque de red de sitios de escala de Runge et al. 2014 y Xu et al. 2019).

Entrada: una capa de puntos o polígonos de sitios con un campo de rol (breeding, stopover o passage, non-breeding o wintering; también sirven los códigos UICN 2, 4, 3; un campo llamado role o season se encuentra automáticamente), o trayectorias GPS (un CSV de Movebank, o una capa de localizaciones con un identificador de individuo y una marca de tiempo, una migración o varios años): las escalas se encuentran como en «Trayectorias a sitios de escala», y las estancias de cada ave en los extremos de su área dan los sitios de reproducción y no reproductivos.

Salto máximo (km): el vuelo más largo entre dos sitios (cigüeñas unos 300-500 km al día; aves limícolas hasta miles). Los enlaces solo van hacia el extremo no reproductivo: a lo largo de la línea que va del centro de los sitios de reproducción al centro de los sitios no reproductivos, el sitio siguiente debe estar más adelante.

Salidas: sitios (puntos) con sus enlaces de entrada y salida, si cada uno llega a un sitio no reproductivo, routes (caminos independientes desde un sitio de reproducción; 1 significa que un solo sitio puede cortarlo), loss (peso reproductivo que queda cortado si se pierde el sitio; el campo de peso, p. ej. aves, o 1 por sitio), critical (loss &gt; 0), betweenness (proporción de rutas más cortas que pasan por el sitio) y, con áreas protegidas, protected (al menos la proporción umbral del sitio cubierta; 50 % por defecto) y crítico no protegido. Enlaces: líneas con su longitud.

Precauciones: las trayectorias de unas pocas aves muestran sus rutas, no toda la ruta migratoria; un salto demasiado corto deja sitios de reproducción sin conectar, y uno demasiado largo no hace crítico a ningún sitio.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/corridors.py" line="415"/>
        <source>Role field (breeding / stopover / non-breeding; empty: detect)</source>
        <translation>Campo de función (reproducción / escala / no reproductiva; vacío: detectar)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/corridors.py" line="553"/>
        <source>&apos;{layer}&apos; holds GPS fixes (an individual id and a timestamp, no role field): its breeding, stopover and non-breeding sites are found from the tracks.</source>
        <translation>«{layer}» contiene localizaciones GPS (un identificador de individuo y una marca de tiempo, sin campo de rol): sus sitios de reproducción, de escala y no reproductivos se obtienen de las trayectorias.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/inputs.py" line="116"/>
        <source>&apos;{file}&apos; holds {n} layers ({layers}) and only its first, &apos;{layer}&apos;, was read: add the others as layers of their own to use them.</source>
        <translation>«{file}» contiene {n} capas ({layers}) y solo se leyó la primera, «{layer}»: añada las demás como capas propias para usarlas.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/inputs.py" line="128"/>
        <source>&apos;{file}&apos; was given whole: its layers {layers} were read as an eBird Status &amp; Trends range package.</source>
        <translation>«{file}» se indicó completo: sus capas {layers} se leyeron como un paquete de áreas de distribución de eBird Status &amp; Trends.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/inputs.py" line="155"/>
        <source>eBird Status &amp; Trends range GeoPackages (from the ebirdst R package) hold a &apos;range&apos; layer and a &apos;prediction_area&apos; layer. Give the whole file or its layers: only the range is used, because the prediction area shows where the model made predictions, not where the species occurs. The pre-breeding and post-breeding migration seasons become one passage feature per species (IUCN has one passage code); the log gives the areas of both and of the merged range.</source>
        <translation>Los GeoPackages de áreas de distribución de eBird Status &amp; Trends (del paquete de R ebirdst) contienen una capa «range» y una capa «prediction_area». Indique el archivo completo o sus capas: solo se usa el área de distribución, porque el área de predicción muestra dónde el modelo hizo predicciones, no dónde está presente la especie. Las temporadas de migración prenupcial y posnupcial se convierten en una sola entidad de paso por especie (la UICN tiene un único código de paso); el registro da la superficie de cada una y la del área fusionada.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/planning_units.py" line="100"/>
        <source>Countries: country is the ISO3 code of the country holding most of the unit; country_shares lists the unit&apos;s km2 in every country it lies in, largest first (e.g. ESP:268.1;PRT:12), so TFCA candidates count a unit across a border in each country. A unit outside every country (at sea) has both empty, and the log says how many there are. Units from a layer with an ISO3 field (as the WDPA&apos;s) holding one code lie wholly in that country, whatever coarser borders say; a site with several codes (ESP;PRT) follows the borders.</source>
        <translation>Países: country es el código ISO3 del país que contiene la mayor parte de la unidad; country_shares enumera los km2 de la unidad en cada país en que se encuentra, de mayor a menor (p. ej. ESP:268.1;PRT:12), para que las candidatas ACTF cuenten una unidad que cruza una frontera en cada país. Una unidad fuera de todo país (en el mar) tiene ambos campos vacíos, y el registro indica cuántas hay. Las unidades de una capa con un campo ISO3 (como el de la WDPA) con un solo código se encuentran por completo en ese país, digan lo que digan unas fronteras más toscas; un sitio con varios códigos (ESP;PRT) sigue las fronteras.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/tfca.py" line="77"/>
        <source>Finds candidate Transfrontier Conservation Areas: groups of chosen planning units and existing sites that lie in two or more countries.</source>
        <translation>Encuentra candidatas a áreas de conservación transfronterizas: agrupaciones de unidades de planificación elegidas y sitios existentes que se encuentran en dos o más países.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/tfca.py" line="77"/>
        <source>Planning units: the planning_units layer of a run (fields selected, locked_in, country and country_shares). Sites (optional): existing protected areas to include. Species ranges: one polygon per species and season (fields species or binomial, and seasonal), as Prepare species ranges writes them. Countries (optional, default QGIS&apos;s world map): a border layer with an iso3 field. Areas per country come from the units&apos; country_shares field (a unit across a border counts in each country, a site with its own ISO3 code in that country), else from the border layer; the log says which.</source>
        <translation>Unidades de planificación: la capa planning_units de una ejecución (campos selected, locked_in, country y country_shares). Sitios (opcional): áreas protegidas existentes que incluir. Áreas de distribución de especies: un polígono por especie y temporada (campos species o binomial, y seasonal), tal como las escribe Preparar áreas de distribución de especies. Países (opcional, por defecto el mapa mundial de QGIS): una capa de fronteras con un campo iso3. Las superficies por país proceden del campo country_shares de las unidades (una unidad que cruza una frontera cuenta en cada país, un sitio con su propio código ISO3 en ese país), si no, de la capa de fronteras; el registro indica cuál.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/tfca.py" line="77"/>
        <source>Gap distance: units or sites closer than this are joined, so a river or a road does not split an area (0 = only touching units). Minimum country share: a country counts only when it holds at least this share of the candidate.

Each candidate lists its countries and area in each, its protected share, the species it holds, its transboundary species (whose range crosses the border inside it), its importance for connectivity (dPC, %, at the dispersal distance; 0 skips it) and a score: the weighted sum of transboundary species, area, unprotected share and importance, each divided by its largest value. Rank 1 is the best.

The optional transboundary habitats output lists, for every species and season, the part of its range within the border buffer that lies on both sides of a border, even where no candidate forms (CMS Resolution 12.7).</source>
        <translation>Distancia de separación: las unidades o sitios más cercanos que esta distancia se unen, para que un río o una carretera no divida un área (0 = solo unidades que se tocan). Proporción mínima de un país: un país solo cuenta cuando tiene al menos esta proporción de la candidata.

Cada candidata indica sus países y su superficie en cada uno, su proporción protegida, las especies que alberga, sus especies transfronterizas (cuya área de distribución cruza la frontera dentro de ella), su importancia para la conectividad (dPC, %, a la distancia de dispersión; 0 la omite) y una puntuación: la suma ponderada de especies transfronterizas, superficie, proporción no protegida e importancia, cada una dividida por su valor máximo. El rango 1 es el mejor.

La salida opcional de hábitats transfronterizos enumera, para cada especie y temporada, la parte de su área de distribución dentro del búfer fronterizo que se encuentra a ambos lados de una frontera, incluso donde no se forma ninguna candidata (Resolución 12.7 de la CMS).</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/tfca.py" line="270"/>
        <source>Areas per country from the planning units&apos; country_shares field (measured on the borders the units were built with; a unit across a border counts in each country).</source>
        <translation>Superficies por país a partir del campo country_shares de las unidades de planificación (medidas sobre las fronteras con las que se crearon las unidades; una unidad que cruza una frontera cuenta en cada país).</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/tfca.py" line="275"/>
        <source>Areas per country measured on the border layer &apos;{layer}&apos;: the planning units have no country_shares field. Rebuild them with Build planning units to keep the borders and the sites&apos; own ISO3 codes they were built with.</source>
        <translation>Superficies por país medidas sobre la capa de fronteras '{layer}': las unidades de planificación no tienen campo country_shares. Vuelva a crearlas con Crear unidades de planificación para conservar las fronteras y los códigos ISO3 propios de los sitios con los que se crearon.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/tfca.py" line="280"/>
        <source>Areas per country from the planning units&apos; country field: each unit counts wholly in one country, so areas near a border are approximate. Rebuild the units with Build planning units (field country_shares) or choose a border layer that covers them.</source>
        <translation>Superficies por país a partir del campo country de las unidades de planificación: cada unidad cuenta por completo en un solo país, así que las superficies cerca de una frontera son aproximadas. Vuelva a crear las unidades con Crear unidades de planificación (campo country_shares) o elija una capa de fronteras que las cubra.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/tracks.py" line="115"/>
        <source>Minimum migration distance (km)</source>
        <translation>Distancia mínima de migración (km)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/tracks.py" line="189"/>
        <source>Finds where tracked birds rest on migration and merges the stopovers of different birds into sites, as BirdLife&apos;s track2kba does when it looks for sites used by several individuals.

Input: a point layer of GPS fixes (any CRS) or a Movebank CSV file (.csv or .csv.gz, columns individual-local-identifier, timestamp, location-long, location-lat; lon / lat also work). Fields left empty are detected from these names. Timestamps are read as UTC.

Stopover radius (km) and minimum duration (h): a stopover is a run of fixes that all stay within the radius of the run&apos;s first fix for at least the duration. Typical values: storks, cranes, raptors 10 km and 24 h; waders 5 km and 48 h; small passerines need fixes at least every few hours. A larger radius joins neighbouring roosts; a shorter duration adds overnight stops.

Leave out breeding and wintering grounds (on by default): stays at the two ends of each bird&apos;s range, in every year of the track, are residence, not stopovers (the ends are read from the bird&apos;s annual cycle, as in &apos;Tracks to seasonal ranges&apos;). A bird whose positions span less than the minimum migration distance (200 km by default) never migrated: all its stays are left out.

Output: one polygon per site (the hull of its fixes buffered by half the radius, in Lambert azimuthal equal-area centred on the data) with the number of individuals, visits, bird-days, first arrival and last departure (UTC) and the centroid&apos;s lon/lat. Optional: one polygon per visit.

Pitfalls: sparse fixes (one a day or less) hide short stopovers; gaps in the data inside a stopover count as time spent there; a tag that stops moving (a dead bird) looks like a stopover until the track ends.</source>
        <translation>Encuentra dónde descansan las aves con seguimiento durante la migración y agrupa las escalas de distintas aves en sitios, como hace track2kba de BirdLife cuando busca sitios usados por varios individuos.

Entrada: una capa de puntos de localizaciones GPS (cualquier CRS) o un archivo CSV de Movebank (.csv o .csv.gz, columnas individual-local-identifier, timestamp, location-long, location-lat; también sirven lon / lat). Los campos que se dejan vacíos se detectan a partir de estos nombres. Las marcas de tiempo se leen en UTC.

Radio de escala (km) y duración mínima (h): una escala es una serie de localizaciones que permanecen todas dentro del radio alrededor de la primera localización de la serie durante al menos esa duración. Valores típicos: cigüeñas, grullas, rapaces 10 km y 24 h; limícolas 5 km y 48 h; los paseriformes pequeños necesitan localizaciones al menos cada pocas horas. Un radio mayor une dormideros vecinos; una duración más corta añade las escalas nocturnas.

Excluir las zonas de reproducción y de invernada (activado por defecto): las estancias en los dos extremos del área de cada ave, en cada año de la trayectoria, son residencia, no escalas (los extremos se deducen del ciclo anual del ave, como en «Trayectorias a áreas estacionales»). Un ave cuyas posiciones abarcan menos que la distancia mínima de migración (200 km por defecto) nunca migró: se excluyen todas sus estancias.

Salida: un polígono por sitio (la envolvente de sus localizaciones con un búfer de la mitad del radio, en proyección acimutal equivalente de Lambert centrada en los datos) con el número de individuos, visitas, aves-día, primera llegada y última salida (UTC) y la lon/lat del centroide. Opcional: un polígono por visita.

Precauciones: las localizaciones escasas (una al día o menos) ocultan escalas cortas; los huecos en los datos dentro de una escala cuentan como tiempo pasado allí; un emisor que deja de moverse (un ave muerta) parece una escala hasta que termina la trayectoria.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/tracks.py" line="238"/>
        <source>Leave out breeding and wintering grounds</source>
        <translation>Excluir las zonas de reproducción y de invernada</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/tracks.py" line="276"/>
        <source>{visits} stopovers of at least {hours:g} h within {radius:g} km by {birds} individuals, at {sites} sites ({shared} used by two or more individuals); {excluded} stays on breeding or wintering grounds left out.</source>
        <translation>{visits} escalas de al menos {hours:g} h dentro de {radius:g} km de {birds} individuos, en {sites} sitios ({shared} usados por dos o más individuos); se excluyeron {excluded} estancias en zonas de reproducción o de invernada.</translation>
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
        <translation>Convierte trayectorias GPS en polígonos de áreas de reproducción, de paso y no reproductivas según el esquema de áreas de distribución de la UICN (binomial, presence 1, origin 1, seasonal 2 / 4 / 3), listos para «Preparar áreas de distribución de especies» y las unidades de planificación.

Entrada: una capa de puntos de localizaciones GPS (cualquier CRS) o un archivo CSV de Movebank (.csv o .csv.gz). Los campos que se dejan vacíos se detectan a partir de los nombres de Movebank.

Clasificar las localizaciones por:
- automático (por defecto): las etiquetas de temporada propias de la trayectoria cuando etiquetan la mayoría de las localizaciones (migration-stage de Movebank o migration-state de los talleres, p. ej. BreedingGrounds, FallMigration, NonBreedingGrounds); si no, el movimiento; el registro indica cuál y enumera los valores que no designan ninguna temporada.
- movimiento: el ciclo anual de cada ave, para una migración o muchos años. El ave va y viene entre dos extremos de su área; sus estancias allí son la reproducción y la temporada no reproductiva, temporada tras temporada, y los trayectos entre ellos, escalas incluidas, son de paso. El extremo de reproducción es aquel donde el ave pasa el verano de su hemisferio (o, cuando ambas estancias son de verano, el extremo más alejado del ecuador). Los desplazamientos erráticos en las zonas de invernada siguen siendo no reproductivos. Un ave cuyas posiciones abarcan menos que la distancia mínima de migración (200 km) nunca migró; una estancia más corta que la estancia mínima (7 días) cuenta como de paso.
- fechas: ventanas de días del año. Por defecto para un migrante paleártico-africano: breeding=121-212; passage=213-304,60-120; non-breeding=305-59 (1 may-31 jul, 1 ago-31 oct y 1 mar-30 abr, 1 nov-28 feb); las aves que viven sobre todo al sur del ecuador reciben el mismo calendario medio año después.
- estado: una columna de estado de movimiento; se reconocen valores como «breeding grounds», «fall migration», «wintering grounds», y los demás se pueden asignar, p. ej. «summer=breeding; moving=passage».
- residente: todas las localizaciones son residentes (UICN seasonal 1), para una especie que no migra.

Búfer (km): cada localización se convierte en un disco de este radio y se fusionan los discos de cada temporada. 10 km es adecuado para cigüeñas y otras aves planeadoras; use el error de seguimiento más el radio de alimentación diario. Las localizaciones se ajustan primero a una cuadrícula de una décima parte del búfer, por lo que el contorno puede desplazarse hasta un 7 % de este.

Precauciones: unas pocas aves con seguimiento muestran adónde fueron esas aves, no toda el área de distribución; por fechas, un conjunto de datos solo de otoño casi no tiene localizaciones no reproductivas; por movimiento, un ave que nunca migra queda sin clasificar (elija residente para esas especies).</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/tracks.py" line="368"/>
        <source>resident: every fix (a species that does not migrate)</source>
        <translation>residente: todas las localizaciones (una especie que no migra)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/tracks.py" line="398"/>
        <source>Minimum stay on breeding or wintering grounds (days)</source>
        <translation>Estancia mínima en las zonas de reproducción o de invernada (días)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/tracks.py" line="408"/>
        <source>auto (breeding where the bird spends its summer)</source>
        <translation>auto (reproducción donde el ave pasa el verano)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/tracks.py" line="408"/>
        <source>autumn (the first stay is breeding)</source>
        <translation>otoño (la primera estancia es de reproducción)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/tracks.py" line="408"/>
        <source>spring (the first stay is non-breeding)</source>
        <translation>primavera (la primera estancia es no reproductiva)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/tracks.py" line="420"/>
        <source>Date windows (day of year; empty: Palearctic-African calendar, half a year later south of the equator)</source>
        <translation>Ventanas de fechas (día del año; vacío: calendario paleártico-africano, medio año después al sur del ecuador)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/document.py" line="127"/>
        <source>{area} km²</source>
        <translation>{area} km²</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/document.py" line="128"/>
        <source>{met} of {total}</source>
        <translation>{met} de {total}</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/document.py" line="132"/>
        <source>{units} units of about {size:,.0f} km²</source>
        <translation>{units} unidades de unos {size:,.0f} km²</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/document.py" line="140"/>
        <source>Migratory species</source>
        <translation>Especies migratorias</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/document.py" line="141"/>
        <source>Species-season targets met by existing protected areas</source>
        <translation>Metas especie-temporada alcanzadas por las áreas protegidas existentes</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/document.py" line="145"/>
        <source>Species-season targets met with the plan</source>
        <translation>Metas especie-temporada alcanzadas con el plan</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/document.py" line="149"/>
        <source>Species covered in every season, existing protected areas</source>
        <translation>Especies cubiertas en todas las temporadas, áreas protegidas existentes</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/document.py" line="153"/>
        <source>Species covered in every season, with the plan</source>
        <translation>Especies cubiertas en todas las temporadas, con el plan</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/document.py" line="157"/>
        <source>Protected area network with the plan</source>
        <translation>Red de áreas protegidas con el plan</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/document.py" line="157"/>
        <source>{area} km² ({percent:.1f}% of the study area)</source>
        <translation>{area} km² ({percent:.1f} % del área de estudio)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/document.py" line="165"/>
        <source>Transfrontier conservation area (TFCA) candidates</source>
        <translation>Candidatas a áreas de conservación transfronterizas (ACTF)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/document.py" line="170"/>
        <source>&apos;Existing protected areas&apos; means the planning units already protected; &apos;with the plan&apos; adds the units the plan selects.</source>
        <translation>«Áreas protegidas existentes» designa las unidades de planificación ya protegidas; «con el plan» añade las unidades que el plan selecciona.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/document.py" line="192"/>
        <source>Protected: share of the country covered by protected areas (before) or by the network (with the plan). Protected Connected (ProtConn): the part of it that is also connected, at the median dispersal distance of the run (Saura et al. 2017).</source>
        <translation>Protegido: proporción del país cubierta por áreas protegidas (antes) o por la red (con el plan). Áreas protegidas conectadas (ProtConn): la parte de ella que además está conectada, a la distancia de dispersión mediana de la ejecución (Saura et al. 2017).</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/document.py" line="234"/>
        <source>Clusters of the network that span two or more countries, where neighbours could manage migratory species together; rank 1 is the highest score.</source>
        <translation>Agrupaciones de la red que abarcan dos o más países, donde los vecinos podrían gestionar juntos especies migratorias; el rango 1 es la puntuación más alta.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/document.py" line="234"/>
        <source>No cluster of the network spans two countries.</source>
        <translation>Ninguna agrupación de la red abarca dos países.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/methods.py" line="25"/>
        <source>Data. The seasonal ranges of {species} migratory species were split into {features} species-season features (breeding, non-breeding, passage); a resident range counts in every season. Protected areas form the existing network.</source>
        <translation>Datos. Las áreas de distribución estacionales de {species} especies migratorias se dividieron en {features} elementos especie-temporada (reproducción, no reproducción, paso); un área de residencia cuenta en todas las temporadas. Las áreas protegidas forman la red existente.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/methods.py" line="36"/>
        <source>Planning units. The study area ({area} km²) was divided into {units} planning units of about {size:,.0f} km² in an equal-area projection. Units at least {lock:.0f}% covered by protected areas count as existing protected areas and are always in the network.</source>
        <translation>Unidades de planificación. El área de estudio ({area} km²) se dividió en {units} unidades de planificación de unos {size:,.0f} km² en una proyección equivalente. Las unidades cubiertas al menos en un {lock:.0f} % por áreas protegidas cuentan como áreas protegidas existentes y están siempre en la red.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/methods.py" line="50"/>
        <source>Targets. Each species-season feature has a target of {percent:.0f}% of its range in the study area, as in Target 3 of the Kunming-Montreal Global Biodiversity Framework. A species counts as covered only when the targets of all its seasons are met (Runge et al. 2015).</source>
        <translation>Metas. Cada elemento especie-temporada tiene como meta el {percent:.0f} % de su área de distribución en el área de estudio, como en la Meta 3 del Marco Mundial de Biodiversidad de Kunming-Montreal. Una especie solo cuenta como cubierta cuando se alcanzan las metas de todas sus temporadas (Runge et al. 2015).</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/methods.py" line="65"/>
        <source>Optimisation. The network was chosen by exact integer linear programming: the least-cost set of planning units that meets every target, with a boundary penalty (BLM {blm:g}) that favours compact networks, as in Marxan and prioritizr. Solver: {solver}; status: {status}; optimality gap: {gap}%; time: {seconds:.1f} s.</source>
        <translation>Optimización. La red se eligió mediante programación lineal entera exacta: el conjunto de unidades de planificación de menor coste que alcanza todas las metas, con una penalización de borde (BLM {blm:g}) que favorece redes compactas, como en Marxan y prioritizr. Solucionador: {solver}; estado: {status}; brecha de optimalidad: {gap} %; tiempo: {seconds:.1f} s.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/methods.py" line="88"/>
        <source>Ecological connectivity. The Protected Connected (ProtConn) indicator (Saura et al. 2017) gives the share of each country that is protected and connected, at a median dispersal distance of {distance:g} km, before and after the plan; neighbouring countries&apos; protected areas serve as stepping stones.</source>
        <translation>Conectividad ecológica. El indicador Áreas protegidas conectadas (ProtConn, Saura et al. 2017) da la proporción de cada país que está protegida y conectada, para una distancia de dispersión mediana de {distance:g} km, antes y después del plan; las áreas protegidas de los países vecinos sirven de escalones.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/methods.py" line="101"/>
        <source>Ecological connectivity. ProtConn was not computed for this run.</source>
        <translation>Conectividad ecológica. ProtConn no se calculó para esta ejecución.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/methods.py" line="102"/>
        <source>Transfrontier conservation areas. Clusters of the network that span two or more countries are candidate transfrontier conservation areas (TFCAs), scored by the migratory species they share across the border, their area, their unprotected share and their importance for connectivity (dPC).</source>
        <translation>Áreas de conservación transfronterizas. Las agrupaciones de la red que abarcan dos o más países son candidatas a áreas de conservación transfronterizas (ACTF), puntuadas según las especies migratorias que comparten a ambos lados de la frontera, su superficie, su proporción no protegida y su importancia para la conectividad (dPC).</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/document.py" line="296"/>
        <source>Writing a Word document needs the python-docx package: install it with &apos;pip install python-docx&apos; in the Python of QGIS.</source>
        <translation>Escribir un documento Word requiere el paquete python-docx: instálelo con «pip install python-docx» en el Python de QGIS.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/document.py" line="410"/>
        <source>The map picture &apos;{path}&apos; is not a PNG or JPEG image.</source>
        <translation>La imagen del mapa «{path}» no es una imagen PNG o JPEG.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/document.py" line="521"/>
        <source>The map picture &apos;{path}&apos; does not exist.</source>
        <translation>La imagen del mapa «{path}» no existe.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/document.py" line="540"/>
        <source>Figure 1. The protected area network with the plan and the transfrontier conservation area (TFCA) candidates.</source>
        <translation>Figura 1. La red de áreas protegidas con el plan y las candidatas a áreas de conservación transfronterizas (ACTF).</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/report.py" line="940"/>
        <source>Methods</source>
        <translation>Métodos</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/document.py" line="558"/>
        <source>Data sources and credits</source>
        <translation>Fuentes de datos y créditos</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/document.py" line="578"/>
        <source>Ecological connectivity for migratory species: a contribution to the CMS national report ({date})</source>
        <translation>Conectividad ecológica para las especies migratorias: una contribución al informe nacional de la CMS ({date})</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/document.py" line="585"/>
        <source>Made with CMS Connectivity Planner. {sources}</source>
        <translation>Elaborado con CMS Connectivity Planner. {sources}</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/indicators.py" line="92"/>
        <source>3.1 Coverage of protected areas and other effective area-based conservation measures (terrestrial and inland water areas)</source>
        <translation>3.1 Cobertura de las áreas protegidas y otras medidas eficaces de conservación basadas en áreas (zonas terrestres y de aguas continentales)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/indicators.py" line="96"/>
        <source>3.1 Coverage of protected areas and other effective area-based conservation measures (marine and coastal areas)</source>
        <translation>3.1 Cobertura de las áreas protegidas y otras medidas eficaces de conservación basadas en áreas (zonas marinas y costeras)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/indicators.py" line="100"/>
        <source>Protected Connected Index (ProtConn)</source>
        <translation>Índice de áreas protegidas conectadas (ProtConn)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/indicators.py" line="219"/>
        <source>Union of the protected areas of the run (overlaps counted once; OECMs count when the site layers include them) inside the country&apos;s land in the study area, divided by that land area; areas in the equal-area CRS {crs}. Land only: the borders describe land, so marine and coastal coverage is not measured.</source>
        <translation>Unión de las áreas protegidas de la ejecución (superposiciones contadas una vez; las OMEC cuentan cuando las capas de sitios las incluyen) dentro de la tierra del país en el área de estudio, dividida por la superficie de esa tierra; superficies en el SRC de áreas iguales {crs}. Solo tierra: las fronteras describen la tierra, por lo que la cobertura marina y costera no se mide.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/indicators.py" line="225"/>
        <source>As the existing network, with the sites designated up to the end of the year (designation year, e.g. WDPA STATUS_YR); sites without a year are counted from the first year.</source>
        <translation>Como la red existente, con los sitios designados hasta el final del año (año de designación, p. ej. STATUS_YR de la WDPA); los sitios sin año se cuentan desde el primer año.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/indicators.py" line="230"/>
        <source>As the existing network, with the planning units the plan selects or locks in added to the protected areas.</source>
        <translation>Como la red existente, añadiendo a las áreas protegidas las unidades de planificación que el plan selecciona o fija.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/indicators.py" line="234"/>
        <source>ProtConn (Saura et al. 2017): share of the country&apos;s land that is protected and connected, median dispersal distance {km} km (p = 0.5), protected areas of neighbouring countries as stepping stones; numerator: equivalent connected area (EC).</source>
        <translation>ProtConn (Saura et al. 2017): proporción de la tierra del país protegida y conectada, distancia mediana de dispersión {km} km (p = 0,5), áreas protegidas de los países vecinos como puntos de paso; numerador: área conectada equivalente (EC).</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/indicators.py" line="240"/>
        <source>Not computed in this run: ProtConn is off (dispersal distance 0 km) or the country has no value.</source>
        <translation>No calculado en esta ejecución: ProtConn está desactivado (distancia de dispersión 0 km) o el país no tiene valor.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/indicators.py" line="318"/>
        <source>Headline indicator 3.1 of the Kunming-Montreal Global Biodiversity Framework (decision 15/5), terrestrial and inland water areas: protected land in the country within the study area, as a percentage of that land.</source>
        <translation>Indicador de cabecera 3.1 del Marco Mundial de Biodiversidad de Kunming-Montreal (decisión 15/5), zonas terrestres y de aguas continentales: tierra protegida del país dentro del área de estudio, como porcentaje de esa tierra.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/indicators.py" line="323"/>
        <source>Not reported: the study area is the countries&apos; land (the border layer holds no sea areas), so marine and coastal coverage cannot be measured here.</source>
        <translation>No se informa: el área de estudio es la tierra de los países (la capa de fronteras no contiene zonas marinas), por lo que la cobertura marina y costera no puede medirse aquí.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/indicators.py" line="327"/>
        <source>Component indicator of GBF Target 3 (Saura et al. 2017, 2018): the share of the country&apos;s land that is protected and connected, per country; no value for the whole study area.</source>
        <translation>Indicador de componente de la meta 3 del MMB (Saura et al. 2017, 2018): proporción de la tierra del país protegida y conectada, por país; sin valor para el conjunto del área de estudio.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/indicators.py" line="332"/>
        <source>&apos;existing&apos;: the protected areas of the run (dated by the latest designation year, or the run year without years); &apos;with plan&apos;: with the planning units the plan selects or locks in (dated by the run year).</source>
        <translation>«existing»: las áreas protegidas de la ejecución (fechadas por el año de designación más reciente, o el año de la ejecución si no hay años); «with plan»: con las unidades de planificación que el plan selecciona o fija (fechadas por el año de la ejecución).</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/indicators.py" line="337"/>
        <source>Rows of the existing network for earlier years: sites designated up to the end of each year; sites without a designation year count from the first year.</source>
        <translation>Filas de la red existente para años anteriores: sitios designados hasta el final de cada año; los sitios sin año de designación cuentan desde el primer año.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/places.py" line="107"/>
        <source>Ramsar Convention on Wetlands</source>
        <translation>Convención de Ramsar sobre los Humedales</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/places.py" line="108"/>
        <source>World Heritage Convention</source>
        <translation>Convención del Patrimonio Mundial</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/places.py" line="109"/>
        <source>UNESCO Man and the Biosphere Programme</source>
        <translation>Programa sobre el Hombre y la Biosfera de la UNESCO</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/places.py" line="110"/>
        <source>Natura 2000 (EU Birds and Habitats Directives)</source>
        <translation>Natura 2000 (Directivas de Aves y Hábitats de la UE)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/places.py" line="111"/>
        <source>Emerald Network (Bern Convention)</source>
        <translation>Red Esmeralda (Convenio de Berna)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/places.py" line="112"/>
        <source>OSPAR Convention</source>
        <translation>Convenio OSPAR</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/places.py" line="113"/>
        <source>Helsinki Convention (HELCOM)</source>
        <translation>Convenio de Helsinki (HELCOM)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/places.py" line="114"/>
        <source>Barcelona Convention (SPAMI)</source>
        <translation>Convenio de Barcelona (ZEPIM)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/places.py" line="115"/>
        <source>East Asian-Australasian Flyway Partnership (EAAFP)</source>
        <translation>Alianza para la Ruta Migratoria de Asia Oriental-Australasia (EAAFP)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/places.py" line="116"/>
        <source>Western Hemisphere Shorebird Reserve Network (WHSRN)</source>
        <translation>Red Hemisférica de Reservas para Aves Playeras (RHRAP/WHSRN)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/places.py" line="117"/>
        <source>Important Bird and Biodiversity Area (BirdLife)</source>
        <translation>Área Importante para la Conservación de las Aves y la Biodiversidad (BirdLife)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/places.py" line="118"/>
        <source>Key Biodiversity Area</source>
        <translation>Área Clave para la Biodiversidad</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/places.py" line="119"/>
        <source>National designation</source>
        <translation>Designación nacional</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/places.py" line="127"/>
        <source>international</source>
        <translation>internacional</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/places.py" line="128"/>
        <source>regional</source>
        <translation>regional</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/places.py" line="129"/>
        <source>national</source>
        <translation>nacional</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/places.py" line="130"/>
        <source>not a legal designation</source>
        <translation>no es una designación legal</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/places.py" line="234"/>
        <source>{name} ({designation}; place {place}): {share} %</source>
        <translation>{name} ({designation}; lugar {place}): {share} %</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/places.py" line="346"/>
        <source>The {what} field &apos;{field}&apos; is not in the layer &apos;{layer}&apos;: choose one of its fields ({fields}).</source>
        <translation>El campo de {what} '{field}' no está en la capa '{layer}': elija uno de sus campos ({fields}).</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/places.py" line="481"/>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/places.py" line="359"/>
        <source>The layer &apos;{layer}&apos; has no name field (looked for {names}) and no id field (looked for {ids}): add one, or choose the name field.</source>
        <translation>La capa '{layer}' no tiene campo de nombre (se buscó {names}) ni campo de identificador (se buscó {ids}): añada uno o elija el campo de nombre.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/places.py" line="481"/>
        <source>designation</source>
        <translation>designación</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/places.py" line="399"/>
        <source>The layer &apos;{layer}&apos; has no designation field (looked for {fields}): its records are designated &apos;{layer}&apos;. Choose the designation field to say more.</source>
        <translation>La capa '{layer}' no tiene campo de designación (se buscó {fields}): sus registros se designan '{layer}'. Elija el campo de designación para precisar.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/places.py" line="406"/>
        <source>The layer &apos;{layer}&apos; has no designation field (looked for {fields}): choose the designation field.</source>
        <translation>La capa '{layer}' no tiene campo de designación (se buscó {fields}): elija el campo de designación.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/places.py" line="440"/>
        <source>The layer &apos;{layer}&apos; has the id {id} more than once in its field &apos;{field}&apos; for different sites (&apos;{a}&apos;, &apos;{b}&apos;): ids must name one site. Fix the ids or choose another layer.</source>
        <translation>La capa '{layer}' tiene el identificador {id} más de una vez en su campo '{field}' para sitios distintos ('{a}', '{b}'): un identificador debe nombrar un solo sitio. Corrija los identificadores o elija otra capa.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/places.py" line="477"/>
        <source>Choose at least one site layer.</source>
        <translation>Elija al menos una capa de sitios.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/places.py" line="483"/>
        <source>The {what} field &apos;{field}&apos; is in none of the site layers ({layers}).</source>
        <translation>El campo de {what} '{field}' no está en ninguna de las capas de sitios ({layers}).</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/places.py" line="491"/>
        <source>The site layers have different CRSs ({crss}): all were reprojected to one equal-area CRS for matching and areas.</source>
        <translation>Las capas de sitios tienen SRC distintos ({crss}): todas se reproyectaron a un mismo SRC de áreas iguales para el emparejamiento y las áreas.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/places.py" line="505"/>
        <source>The layer &apos;{layer}&apos; has {kind} geometry (feature {fid}): site layers need polygons or points.</source>
        <translation>La capa '{layer}' tiene geometría {kind} (entidad {fid}): las capas de sitios deben ser polígonos o puntos.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/places.py" line="599"/>
        <source>The overlap threshold must be above 0 and at most 1 (got {value}).</source>
        <translation>El umbral de solapamiento debe ser mayor que 0 y como máximo 1 (se recibió {value}).</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/places.py" line="686"/>
        <source>The flag list &apos;{text}&apos; is not &apos;flag=id, id&apos;: write e.g. &apos;Montreux Record=1402, 2273; World Heritage in Danger=Comoé National Park&apos;.</source>
        <translation>La lista de marcas '{text}' no tiene la forma 'marca=id, id': escriba p. ej. 'Montreux Record=1402, 2273; World Heritage in Danger=Comoé National Park'.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/places.py" line="764"/>
        <source>The planning units layer &apos;{layer}&apos; has no field &apos;selected&apos;: choose the planning_units layer a plan wrote.</source>
        <translation>La capa de unidades de planificación '{layer}' no tiene el campo 'selected': elija la capa planning_units que escribió un plan.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/places.py" line="783"/>
        <source>locked in</source>
        <translation>incluido (bloqueado)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/places.py" line="783"/>
        <source>selected</source>
        <translation>seleccionado</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/places.py" line="783"/>
        <source>partly selected</source>
        <translation>parcialmente seleccionado</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/places.py" line="783"/>
        <source>not selected</source>
        <translation>no seleccionado</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/places.py" line="800"/>
        <source>The species ranges layer &apos;{layer}&apos; has no species field (looked for species, binomial, sci_name, scientific_name, SCINAME).</source>
        <translation>La capa de áreas de distribución '{layer}' no tiene campo de especie (se buscó species, binomial, sci_name, scientific_name, SCINAME).</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/places.py" line="828"/>
        <source>The layer &apos;{layer}&apos; has no field &apos;dPC&apos;: choose the sites layer that Connectivity indices wrote with site importance.</source>
        <translation>La capa '{layer}' no tiene el campo 'dPC': elija la capa de sitios que escribió Índices de conectividad con la importancia de los sitios.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/places.py" line="943"/>
        <source>{records} site record(s) -&gt; {places} place(s); {multi} with two or more designations, {partial} with partial overlaps.</source>
        <translation>{records} registro(s) de sitios -&gt; {places} lugar(es); {multi} con dos o más designaciones, {partial} con solapamientos parciales.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/places.py" line="42"/>
        <source>Places across designations</source>
        <translation>Lugares a través de las designaciones</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/places.py" line="45"/>
        <source>Matches the records of one or more site layers (WDPA, Ramsar Sites, Natura 2000, KBA/IBA, flyway network sites such as EAAFP or WHSRN, or any layer with a name and a designation field) that describe the same place: a national park that is also a Ramsar Site and a Natura 2000 site becomes one place with three designations.</source>
        <translation>Empareja los registros de una o más capas de sitios (WDPA, sitios Ramsar, Natura 2000, ACB/IBA, sitios de redes de rutas migratorias como la EAAFP o la WHSRN, o cualquier capa con un campo de nombre y de designación) que describen el mismo lugar: un parque nacional que también es sitio Ramsar y sitio Natura 2000 se convierte en un lugar con tres designaciones.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/places.py" line="45"/>
        <source>Two records are one place when they come from different layers or carry different designations and their overlap covers at least the threshold share of the smaller one; name similarity breaks ties. Records overlapping a place by less are listed in its overlaps field. Layers in different CRSs are reprojected to one equal-area CRS.</source>
        <translation>Dos registros son un mismo lugar cuando proceden de capas distintas o tienen designaciones distintas y su solapamiento cubre al menos la proporción umbral del más pequeño; la similitud de los nombres deshace los empates. Los registros que solapan un lugar en menor medida se listan en su campo overlaps. Las capas en SRC distintos se reproyectan a un mismo SRC de áreas iguales.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/places.py" line="45"/>
        <source>Fields are found by name: name (NAME, name_en, SITENAME, SITE_NAME...), designation (DESIG_ENG, DESIG, or SITETYPE for Natura 2000; Ramsar layers are Ramsar Sites; otherwise the layer name, said in the log), designation type (DESIG_TYPE), year (STATUS_YR, JAHR, YEAR, designation date) and id (WDPAID, SITECODE, ramsar_id...). Name and designation field: set them when a layer uses other names.</source>
        <translation>Los campos se encuentran por su nombre: nombre (NAME, name_en, SITENAME, SITE_NAME...), designación (DESIG_ENG, DESIG, o SITETYPE para Natura 2000; las capas Ramsar son sitios Ramsar; si no, el nombre de la capa, indicado en el registro), tipo de designación (DESIG_TYPE), año (STATUS_YR, JAHR, YEAR, fecha de designación) e identificador (WDPAID, SITECODE, ramsar_id...). Campo de nombre y de designación: indíquelos cuando una capa use otros nombres.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/places.py" line="45"/>
        <source>Flags: lists you supply, e.g. &apos;Montreux Record=1402, 2273; World Heritage in Danger=Comoé National Park&apos;, matched against record ids and names.

Optional network role: planning units of a plan (network_share, locked_share, network_status), species ranges (species_seasons, n_species), sites with dPC from Connectivity indices (dpc_max), flyway sites with a critical field (critical_stopover) and TFCA candidates (tfca_ids).

Output: one feature per place with place_id, name, n_designations, designations (e.g. &apos;National Park (national, 1990); Ramsar Site (international, 2002)&apos;), conventions, designation_types, first_year (0: not reported), area_km2 (of the union), shares (share of the place each record covers), overlaps, flags, record_ids and layers. The optional designations table has one row per place and designation.</source>
        <translation>Marcas: listas que usted proporciona, p. ej. 'Montreux Record=1402, 2273; World Heritage in Danger=Comoé National Park', comparadas con los identificadores y nombres de los registros.

Papel en la red (opcional): unidades de planificación de un plan (network_share, locked_share, network_status), áreas de distribución (species_seasons, n_species), sitios con dPC de Índices de conectividad (dpc_max), sitios de la ruta migratoria con un campo critical (critical_stopover) y candidatos ACTF (tfca_ids).

Salida: una entidad por lugar con place_id, name, n_designations, designations (p. ej. 'National Park (national, 1990); Ramsar Site (international, 2002)'), conventions, designation_types, first_year (0: no informado), area_km2 (de la unión), shares (proporción del lugar que cubre cada registro), overlaps, flags, record_ids y layers. La tabla opcional de designaciones tiene una fila por lugar y designación.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/places.py" line="88"/>
        <source>Site layers</source>
        <translation>Capas de sitios</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/places.py" line="93"/>
        <source>Overlap share of the smaller record that makes one place</source>
        <translation>Proporción de solapamiento del registro más pequeño que forma un solo lugar</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/places.py" line="104"/>
        <source>Name field (optional; default: found by name)</source>
        <translation>Campo de nombre (opcional; por defecto: encontrado por su nombre)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/places.py" line="104"/>
        <source>Designation field (optional; default: found by name)</source>
        <translation>Campo de designación (opcional; por defecto: encontrado por su nombre)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/places.py" line="104"/>
        <source>Flags (optional; e.g. Montreux Record=1402, 2273)</source>
        <translation>Marcas (opcional; p. ej. Montreux Record=1402, 2273)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/places.py" line="114"/>
        <source>Planning units of a plan (optional)</source>
        <translation>Unidades de planificación de un plan (opcional)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/places.py" line="114"/>
        <source>Species ranges (optional)</source>
        <translation>Áreas de distribución de especies (opcional)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/places.py" line="114"/>
        <source>Sites with dPC (optional)</source>
        <translation>Sitios con dPC (opcional)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/places.py" line="114"/>
        <source>Flyway sites with a critical field (optional)</source>
        <translation>Sitios de la ruta migratoria con un campo critical (opcional)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/places.py" line="114"/>
        <source>TFCA candidates (optional)</source>
        <translation>Candidatos ACTF (opcional)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/places.py" line="126"/>
        <source>Places</source>
        <translation>Lugares</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/places.py" line="131"/>
        <source>Designations of each place</source>
        <translation>Designaciones de cada lugar</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/document.py" line="247"/>
        <source>Each place is one real site with all its designations, so that the CMS, Ramsar and CBD reports speak of the same places; places.csv lists every designation.</source>
        <translation>Cada lugar es un sitio real con todas sus designaciones, para que los informes a la CMS, Ramsar y el CDB hablen de los mismos lugares; places.csv enumera cada designación.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/places.py" line="966"/>
        <source>protected areas</source>
        <translation>áreas protegidas</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/places.py" line="975"/>
        <source>planning units</source>
        <translation>unidades de planificación</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/places.py" line="982"/>
        <source>species ranges</source>
        <translation>áreas de distribución de especies</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/report.py" line="478"/>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/report.py" line="478"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/report.py" line="478"/>
        <source>Designations (type, year)</source>
        <translation>Designaciones (tipo, año)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/report.py" line="478"/>
        <source>In the network</source>
        <translation>En la red</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/report.py" line="499"/>
        <source>Places and their designations</source>
        <translation>Lugares y sus designaciones</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/report.py" line="922"/>
        <source>One place per real site: records of different designations that cover at least half of each other are one place (a national park that is also a Ramsar site and a Natura 2000 site). places.csv lists every designation of every place; &apos;In the network&apos; is the place&apos;s status in the plan.</source>
        <translation>Un lugar por sitio real: los registros de designaciones distintas que se cubren al menos a la mitad forman un solo lugar (un parque nacional que también es sitio Ramsar y sitio Natura 2000). places.csv enumera cada designación de cada lugar; «En la red» es el estado del lugar en el plan.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/package.py" line="56"/>
        <source>Writes the package of a plan into one folder: cms_connectivity.gpkg (planning units with the plan, TFCA candidates, protected areas, species ranges, countries and places, each styled), targets.csv, scenario.json (reruns the plan), summary.json, report.html with its CSV tables, national_summary.json, the overview map (PDF and PNG), one atlas page per TFCA candidate, and the reporting pack: indicators.csv and indicators.json (GBF headline indicator 3.1 and ProtConn per country and year), places.csv (every designation of every place: one real site across WDPA, Ramsar, Natura 2000 and other lists) and report.docx, an editable document for the CMS, Ramsar and CBD national reports (needs python-docx).

Inputs are the outputs of &apos;Plan the network&apos;, &apos;Prepare species ranges&apos;, &apos;Prepare sites&apos; and &apos;Find TFCA candidates&apos;, with the scenario&apos;s settings (JSON) and the plan&apos;s solver summary. The dock&apos;s &apos;Export maps and report&apos; button and the command line run this same algorithm.

Files of an earlier package in the folder (maps of candidates that no longer exist included) are replaced, never mixed with the new ones.</source>
        <translation>Escribe la exportación completa de un plan en una sola carpeta: cms_connectivity.gpkg (unidades de planificación con el plan, candidatas ACTF, áreas protegidas, áreas de distribución de especies, países y lugares, cada capa con su estilo), targets.csv, scenario.json (para volver a ejecutar el plan), summary.json, report.html con sus tablas CSV, national_summary.json, el mapa general (PDF y PNG), una página de atlas por candidata ACTF, y el paquete de informes: indicators.csv e indicators.json (indicador principal 3.1 del MMB y ProtConn por país y año), places.csv (cada designación de cada lugar: un mismo sitio real en la WDPA, Ramsar, Natura 2000 y otras listas) y report.docx, un documento editable para los informes nacionales a la CMS, Ramsar y el CDB (requiere python-docx).

Las entradas son las salidas de «Planificar la red», «Preparar áreas de distribución de especies», «Preparar sitios» y «Encontrar candidatas ACTF», con los parámetros del escenario (JSON) y el resumen del solucionador del plan. El botón «Exportar mapas e informe» del panel y la línea de comandos ejecutan este mismo algoritmo.

Los archivos de una exportación anterior que haya en la carpeta (incluidos los mapas de candidatas que ya no existen) se reemplazan; nunca se mezclan con los nuevos.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/crs.py" line="110"/>
        <source>The data are centred at ({lon:.6g}, {lat:.6g}), which cannot be a longitude and latitude: the coordinates are not degrees, so the layer carries the wrong CRS. Set the CRS its coordinates are in (Layer &gt; Set CRS).</source>
        <translation>Los datos están centrados en ({lon:.6g}, {lat:.6g}), que no puede ser una longitud y una latitud: las coordenadas no son grados, así que la capa tiene un SRC equivocado. Asigne el SRC en que están sus coordenadas (Capa &gt; Asignar SRC).</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/crs.py" line="116"/>
        <source>The layer &apos;{layer}&apos; is centred at ({lon:.6g}, {lat:.6g}), which cannot be a longitude and latitude: its coordinates are not degrees, so it carries the wrong CRS. Set the CRS its coordinates are in (Layer &gt; Set CRS).</source>
        <translation>La capa «{layer}» está centrada en ({lon:.6g}, {lat:.6g}), que no puede ser una longitud y una latitud: sus coordenadas no son grados, así que tiene un SRC equivocado. Asigne el SRC en que están sus coordenadas (Capa &gt; Asignar SRC).</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/crs.py" line="133"/>
        <source>The CRS &apos;{crs}&apos; cannot be used ({error}). Check the layer&apos;s CRS (Layer &gt; Set CRS).</source>
        <translation>El SRC «{crs}» no se puede usar ({error}). Compruebe el SRC de la capa (Capa &gt; Asignar SRC).</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/crs.py" line="137"/>
        <source>The CRS &apos;{crs}&apos; met while reprojecting the layer &apos;{layer}&apos; cannot be used ({error}). Check the layer&apos;s CRS (Layer &gt; Set CRS).</source>
        <translation>El SRC «{crs}» encontrado al reproyectar la capa «{layer}» no se puede usar ({error}). Compruebe el SRC de la capa (Capa &gt; Asignar SRC).</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/document.py" line="247"/>
        <source>{shown} of {total} places: those with two or more designations or in a TFCA candidate, largest first (at most {most}); places.csv and the places layer hold them all.</source>
        <translation>{shown} de {total} lugares: los que tienen dos o más designaciones o forman parte de una candidata ACTF, los más grandes primero (como máximo {most}); places.csv y la capa de lugares los contienen todos.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/pipeline.py" line="266"/>
        <source>Computing ProtConn</source>
        <translation>Cálculo de ProtConn</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/tfca.py" line="146"/>
        <source>Gap distance joining units (km)</source>
        <translation>Distancia de separación que une las unidades (km)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/tfca.py" line="146"/>
        <source>Median dispersal distance for dPC (km; 0 skips)</source>
        <translation>Distancia mediana de dispersión para el dPC (km; 0 lo omite)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/tfca.py" line="146"/>
        <source>Border buffer for transboundary habitats (km)</source>
        <translation>Franja fronteriza para los hábitats transfronterizos (km)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/corridors.py" line="144"/>
        <source>The resistance raster &apos;{raster}&apos; is in a projected CRS that is not in metres ({crs}), so cost distances would not be in metres: warp it to a projected CRS in metres (Raster &gt; Projections &gt; Warp), e.g. the UTM zone or a Lambert azimuthal equal-area CRS of the study area.</source>
        <translation>El ráster de resistencia «{raster}» está en un CRS proyectado que no está en metros ({crs}), por lo que las distancias de costo no estarían en metros: reproyéctelo a un CRS proyectado en metros (Ráster &gt; Proyecciones &gt; Combar (reproyectar)), p. ej. la zona UTM o un CRS acimutal equivalente de Lambert del área de estudio.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/crs.py" line="226"/>
        <source>The CRS {crs} is not a projected CRS in metres, so areas and distances for {purpose} would be wrong: choose a projected equal-area CRS in metres, or leave it empty to use Lambert azimuthal equal-area centred on the study area.</source>
        <translation>El CRS {crs} no es un CRS proyectado en metros, por lo que las superficies y distancias para «{purpose}» serían incorrectas: elija un CRS proyectado de igual área en metros, o déjelo vacío para usar la proyección acimutal equivalente de Lambert centrada en el área de estudio.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/workflow.py" line="579"/>
        <source>The longest gap between stepping stones (km)</source>
        <translation>La distancia máxima entre escalas (km)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/workflow.py" line="580"/>
        <source>The share of each country (%)</source>
        <translation>La proporción de cada país (%)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/workflow.py" line="581"/>
        <source>The cross-border bonus</source>
        <translation>La bonificación transfronteriza</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/workflow.py" line="582"/>
        <source>The connectivity weight</source>
        <translation>El peso de la conectividad</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/plan.py" line="206"/>
        <source>{setting} is {value}: give 0 (off) or a positive number.</source>
        <translation>{setting} es {value}: indique 0 (desactivado) o un número positivo.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/plan.py" line="212"/>
        <source>The share of each country is {value} %: give a percentage from 0 to 100.</source>
        <translation>La proporción de cada país es {value} %: indique un porcentaje de 0 a 100.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/plan.py" line="550"/>
        <source>Stepping stones were asked for, but no passage range overlaps the planning units: the plan has none. Passage ranges have season 4 (passage).</source>
        <translation>Se pidieron escalas, pero ningún área de paso se superpone a las unidades de planificación: el plan no tiene ninguna. Las áreas de paso tienen la temporada 4 (de paso).</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/plan.py" line="560"/>
        <source>The share of each country and the cross-border bonus need each planning unit&apos;s country: use planning units made by the plugin (field &apos;country_shares&apos;), or add a &apos;country&apos; field with ISO3 codes to the unit layer.</source>
        <translation>La proporción de cada país y la bonificación transfronteriza necesitan el país de cada unidad de planificación: use unidades de planificación creadas por el complemento (campo 'country_shares'), o añada a la capa de unidades un campo 'country' con códigos ISO3.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/plan.py" line="568"/>
        <source>The countries cover {count} planning units but there are {n}: read them from the same unit layer.</source>
        <translation>Los países cubren {count} unidades de planificación, pero hay {n}: léalos de la misma capa de unidades.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/plan.py" line="576"/>
        <source>No planning unit has a country, so no country can keep a share: check the unit layer&apos;s &apos;country_shares&apos; or &apos;country&apos; field.</source>
        <translation>Ninguna unidad de planificación tiene país, así que ningún país puede conservar una proporción: revise el campo 'country_shares' o 'country' de la capa de unidades.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/plan.py" line="594"/>
        <source>A connectivity weight is set but no connectivity table was given: choose the table (id1, id2, value) or set the weight to 0.</source>
        <translation>Hay un peso de conectividad, pero no se indicó ninguna tabla de conectividad: elija la tabla (id1, id2, value) o ponga el peso en 0.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/plan.py" line="611"/>
        <source>The connectivity table {name} was not used: its weight is 0. Give a weight above 0 to use it.</source>
        <translation>La tabla de conectividad {name} no se usó: su peso es 0. Indique un peso mayor que 0 para usarla.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/problem/constraints.py" line="217"/>
        <source>The country areas are {rows} x {cols} but there are {n} planning units and {count} country codes: give one row per unit and one column per code.</source>
        <translation>La tabla de superficies por país es de {rows} x {cols}, pero hay {n} unidades de planificación y {count} códigos de país: indique una fila por unidad y una columna por código.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/problem/constraints.py" line="224"/>
        <source>The country areas must be finite and zero or more.</source>
        <translation>Las superficies por país deben ser finitas y de cero o más.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/stepping_stones.py" line="95"/>
        <source>The longest gap between stepping stones is {value} km; give a positive distance, or 0 to plan without stepping stones.</source>
        <translation>La distancia máxima entre escalas es {value} km; indique una distancia positiva, o 0 para planificar sin escalas.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/stepping_stones.py" line="129"/>
        <source>Stepping stones for {name}: {count} band(s) along {axis}.</source>
        <translation>Escalas de {name}: {count} banda(s) siguiendo {axis}.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/stepping_stones.py" line="129"/>
        <source>the way from the breeding to the non-breeding range</source>
        <translation>la ruta del área de reproducción al área no reproductiva</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/stepping_stones.py" line="129"/>
        <source>the long axis of the passage range</source>
        <translation>el eje mayor del área de paso</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/tables.py" line="279"/>
        <source>{file} has no links: give one row per pair of planning units.</source>
        <translation>{file} no tiene enlaces: indique una fila por par de unidades de planificación.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/workflow.py" line="584"/>
        <source>A connectivity weight is set: choose the connectivity table (id1, id2, value), or set the weight to 0.</source>
        <translation>Hay un peso de conectividad: elija la tabla de conectividad (id1, id2, value) o ponga el peso en 0.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/gui/steps.py" line="689"/>
        <source>The connectivity table {path} is not a file: choose the table again.</source>
        <translation>La tabla de conectividad {path} no es un archivo: vuelva a elegir la tabla.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/gui/widgets.py" line="79"/>
        <source>{what}: the layer &apos;{name}&apos; is not in a projected CRS in metres ({crs}): reproject it to a projected CRS in metres (Vector &gt; Data Management &gt; Reproject layer).</source>
        <translation>{what}: la capa «{name}» no está en un CRS proyectado en metros ({crs}): reproyéctela a un CRS proyectado en metros (Vectorial &gt; Herramientas de gestión de datos &gt; Reproyectar capa).</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/corridors.py" line="104"/>
        <source>Maps where animals can move most easily between core areas (for example protected areas), as Linkage Mapper does (McRae &amp; Kavanagh 2011).

Resistance raster: the cost of crossing one metre of each cell (1 for the best habitat, higher for harder ground, nodata for impassable). It must be in a projected CRS in metres; warp a raster in degrees first (Raster &gt; Projections &gt; Warp). Costs are in resistance x metres: 1 km of resistance 1 costs 1,000.

Pairs: each core is linked to its k nearest cores (by straight-line distance between edges; 0 links every pair) closer than the maximum distance (km; 0: no limit). Links costing more than the maximum cost distance, and links whose best route crosses a third core, are dropped (advanced options).

Corridor width (cost units): a cell is in the corridor of cores A and B when the best route from A to B through it costs at most this much more than the best route overall (normalised least-cost corridor, CWD_A + CWD_B - LCD). Try 5 to 20 times the cell size for resistance 1; a larger width gives wider corridors.

Outputs: the least-cost path of every link with its length, cost (lcd), the cost-weighted distance to Euclidean distance ratio and the cores it links; a corridor raster (lowest value over all links, empty beyond the width); optionally corridor polygons. Current flow (optional, Circuitscape-style) runs an electric current from core to core inside each corridor: its raster shows pinch points, where movement funnels through a narrow gap, and each link gets its effective resistance.

Pitfalls: large rasters take time (up to 1.5 s per core per 4 million cells); results depend entirely on the resistance values, which are expert judgements for one species.</source>
        <translation>Cartografía por dónde los animales pueden moverse con más facilidad entre áreas núcleo (por ejemplo, áreas protegidas), como lo hace Linkage Mapper (McRae &amp; Kavanagh 2011).

Ráster de resistencia: el costo de atravesar un metro de cada celda (1 para el mejor hábitat, más para terrenos más difíciles, nodata para lo infranqueable). Debe estar en un CRS proyectado en metros; reproyecte primero un ráster en grados (Ráster &gt; Proyecciones &gt; Combar (reproyectar)). Los costos se expresan en resistencia x metros: 1 km de resistencia 1 cuesta 1000.

Pares: cada área núcleo se enlaza con sus k áreas núcleo más cercanas (por distancia en línea recta entre bordes; 0 enlaza todos los pares) que estén a menos de la distancia máxima (en km; 0: sin límite). Se descartan los enlaces que cuestan más que la distancia de costo máxima y aquellos cuya mejor ruta atraviesa una tercera área núcleo (opciones avanzadas).

Ancho del corredor (unidades de costo): una celda está en el corredor de las áreas núcleo A y B cuando la mejor ruta de A a B que pasa por ella cuesta como máximo esa cantidad más que la mejor ruta en general (corredor de menor costo normalizado, CWD_A + CWD_B - LCD). Pruebe de 5 a 20 veces el tamaño de celda para una resistencia de 1; un ancho mayor da corredores más anchos.

Salidas: la ruta de menor costo de cada enlace con su longitud, su costo (lcd), la razón entre distancia ponderada por costo y distancia euclidiana, y las áreas núcleo que enlaza; un ráster de corredores (valor mínimo sobre todos los enlaces, vacío más allá del ancho); opcionalmente, polígonos de corredores. El flujo de corriente (opcional, al estilo de Circuitscape) hace pasar una corriente eléctrica de un área núcleo a otra dentro de cada corredor: su ráster muestra los puntos de estrangulamiento, donde el movimiento se concentra en un paso estrecho, y cada enlace recibe su resistencia efectiva.

Precauciones: los rásteres grandes llevan tiempo (hasta 1,5 s por área núcleo por cada 4 millones de celdas); los resultados dependen por completo de los valores de resistencia, que son juicios de expertos para una especie.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/corridors.py" line="173"/>
        <source>Maximum distance between cores (km, 0: no limit)</source>
        <translation>Distancia máxima entre áreas núcleo (km, 0: sin límite)</translation>
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
        <translation>Elige en un solo paso las unidades de planificación que forman la mejor red para sus especies migratorias: metas, objetivo y un solucionador exacto (HiGHS).

Unidades de planificación: la capa escrita por «Crear unidades de planificación». Sus campos unit_id (nombra las unidades en los mensajes), cost (lo que el plan intenta mantener bajo), locked_in (1 = área protegida existente, siempre conservada) y locked_out (1 = excluida de la red, p. ej. una ciudad o una concesión minera) se usan si existen; elija otros campos si los suyos son distintos. Sin campo de costo, cada unidad cuesta su superficie en km2.

Áreas de distribución de especies: la capa escrita por «Preparar áreas de distribución de especies» (o cualquier capa de polígonos con un campo de especie y un campo de estacionalidad UICN: 1 residente, 2 reproductiva, 3 no reproductiva, 4 de paso). Cada especie y temporada es un elemento; un área de residencia cuenta en cada temporada de su especie.

Meta: la proporción del área de distribución de cada elemento, dentro de las unidades de planificación, que la red debe cubrir. El 30 % sigue la meta 3 del Marco Mundial de Biodiversidad (30 % para 2030); lo habitual es 10-50 %. Regla de meta: «relativa» pide el mismo porcentaje a cada elemento; «log-lineal» (Rodrigues et al. 2004) pide más a las áreas pequeñas: el 100 % de las áreas de hasta 1000 km2, el 10 % a partir de 250 000 km2, y entre ambas en escala logarítmica (en ese caso no se usa el porcentaje de la meta).

Metas por elemento (opcional): excepciones en porcentaje, escritas en JSON con la especie y el código de temporada, p. ej. {&quot;Ciconia ciconia|2&quot;: 50, &quot;Ciconia ciconia|4&quot;: 20}. Un nombre que no corresponde a ningún elemento detiene la ejecución y enumera los válidos.

Objetivo: «conjunto mínimo» alcanza todas las metas con el menor costo total (el problema de Marxan; no se usa el presupuesto). «Cobertura máxima» representa tanto de las metas como permite el presupuesto; «déficit mínimo» reduce el déficit total respecto de las metas tanto como permite el presupuesto; «eslabón más débil» asegura tantas especies como sea posible, y una especie solo cuenta cuando se alcanzan las metas de todas sus temporadas (un migrante necesita sus áreas de reproducción, de paso y de invernada).

Presupuesto: para los tres últimos objetivos, lo máximo que puede costar la red, en las unidades del costo (km2 cuando el costo es la superficie; p. ej. el 30 % del área de estudio). Las unidades fijadas cuentan dentro del presupuesto.

Modificador de longitud de borde (BLM): 0 ignora la forma de la red; valores más altos favorecen redes compactas y agrupadas, con bordes más cortos, a cambio de algo más de costo. Use «Sugerir un modificador de longitud de borde» para encontrar un valor equilibrado.

Tiempo límite: segundos que el solucionador puede buscar (60 s es más que suficiente para unos pocos miles de unidades). Brecha: cuán cerca del mejor resultado demostrado debe estar la respuesta para que el solucionador se detenga, 0.01 = a menos del 1 %; 0 pide el óptimo exacto (más lento). Conservar las unidades fijadas: desmarque para que el plan ignore las áreas protegidas existentes.

Parámetros avanzados (todos desactivados con 0): la distancia máxima entre escalas (km) conserva una unidad de cada área de paso en cada tramo de la migración, de modo que dos escalas nunca queden más separadas que esa distancia; cada país conserva al menos una proporción (%) de su propia tierra (necesita el campo country_shares o country de las unidades); la bonificación transfronteriza (unidades de costo por km) recompensa a las unidades vecinas seleccionadas de países distintos; una tabla de conectividad (CSV id1, id2, value, como la escribe Marxan Connect), con su peso, recompensa conservar juntas las unidades enlazadas o, con enlaces en un solo sentido, penaliza conservar id1 sin id2. La guía del usuario explica cuándo usar cada uno.

Salidas: las unidades de planificación con sus campos más selected (1 = en la red) y status ('locked in', 'selected', 'locked out' o 'not selected'); una tabla de metas con, para cada elemento, su superficie dentro de las unidades (total_km2), target_km2, held_km2, met (1 = meta alcanzada) y shortfall_km2; y el estado del solucionador, el objetivo, la brecha, el costo, el número de unidades seleccionadas y las metas alcanzadas.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/plan.py" line="449"/>
        <source>Longest gap between stepping stones (km; 0: off)</source>
        <translation>Distancia máxima entre escalas (km; 0: desactivado)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/plan.py" line="457"/>
        <source>Share each country keeps of its own land (%; 0: off)</source>
        <translation>Proporción de su propia tierra que conserva cada país (%; 0: desactivado)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/plan.py" line="466"/>
        <source>Cross-border bonus (cost units per km of shared edge; 0: off)</source>
        <translation>Bonificación transfronteriza (unidades de costo por km de borde compartido; 0: desactivado)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/plan.py" line="474"/>
        <source>Connectivity table (CSV: id1, id2, value)</source>
        <translation>Tabla de conectividad (CSV: id1, id2, value)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/plan.py" line="474"/>
        <source>CSV or Marxan table (*.csv *.txt *.dat)</source>
        <translation>Tabla CSV o de Marxan (*.csv *.txt *.dat)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/plan.py" line="480"/>
        <source>Connectivity weight (0: the table is not used)</source>
        <translation>Peso de la conectividad (0: no se usa la tabla)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/plan.py" line="488"/>
        <source>Connectivity links are two-way (untick: from id1 to id2 only)</source>
        <translation>Los enlaces de conectividad van en ambos sentidos (desmarcado: solo de id1 a id2)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/qgis_io/sinks.py" line="45"/>
        <source>lines</source>
        <translation>líneas</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/qgis_io/sinks.py" line="117"/>
        <source>{count} feature(s) written to &apos;{output}&apos; held parts that are not {kind} (for example a geometry collection left by an intersection): only their {kind} were kept, and {empty} of them, left with none, were written without geometry.</source>
        <translation>{count} entidad(es) escrita(s) en «{output}» contenían partes que no son {kind} (por ejemplo, una colección de geometrías resultante de una intersección): solo se conservaron sus {kind}, y {empty} de ellas, que no tenían ninguna, se escribieron sin geometría.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/qgis_io/styles.py" line="41"/>
        <source>Lowest cost</source>
        <translation>Costo más bajo</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/qgis_io/styles.py" line="41"/>
        <source>Low cost</source>
        <translation>Costo bajo</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/qgis_io/styles.py" line="41"/>
        <source>Higher cost</source>
        <translation>Costo más alto</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/qgis_io/styles.py" line="41"/>
        <source>Highest cost</source>
        <translation>Costo máximo</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/qgis_io/styles.py" line="41"/>
        <source>Lowest importance (dPC)</source>
        <translation>Importancia más baja (dPC)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/qgis_io/styles.py" line="41"/>
        <source>Low importance</source>
        <translation>Importancia baja</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/qgis_io/styles.py" line="41"/>
        <source>Medium importance</source>
        <translation>Importancia media</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/qgis_io/styles.py" line="41"/>
        <source>High importance</source>
        <translation>Importancia alta</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/qgis_io/styles.py" line="41"/>
        <source>Highest importance (dPC)</source>
        <translation>Importancia más alta (dPC)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/methods.py" line="83"/>
        <source>Additional rules of the plan:</source>
        <translation>Reglas adicionales del plan:</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/methods.py" line="119"/>
        <source>along each passage range, a stopover at least every {km:g} km from the breeding to the non-breeding range;</source>
        <translation>a lo largo de cada área de paso, una escala al menos cada {km:g} km desde el área de reproducción hasta el área no reproductiva;</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/methods.py" line="130"/>
        <source>every country keeps at least {share:g}% of its land;</source>
        <translation>cada país conserva al menos el {share:g} % de su territorio;</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/methods.py" line="135"/>
        <source>a bonus of {bonus:g} cost units per km of edge shared by selected units of two countries;</source>
        <translation>una bonificación de {bonus:g} unidades de costo por km de borde compartido por unidades seleccionadas de dos países;</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/methods.py" line="147"/>
        <source>links between units from the table {name}, weighted {weight:g}.</source>
        <translation>enlaces entre unidades tomados de la tabla {name}, con peso {weight:g}.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/amounts.py" line="322"/>
        <source>computing the amounts (units x ranges)</source>
        <translation>el cálculo de las cantidades (unidades x áreas de distribución)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/calibration.py" line="105"/>
        <source>solving the BLM trade-off</source>
        <translation>la resolución del compromiso BLM</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/cluster.py" line="86"/>
        <source>Give either a Dask scheduler address ({scheduler}) or a number of local workers ({workers}), not both.</source>
        <translation>Indique la dirección de un planificador de Dask ({scheduler}) o un número de workers de Dask locales ({workers}), pero no ambas cosas.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/cluster.py" line="95"/>
        <source>The number of workers is {value}; give a whole number of 1 or more.</source>
        <translation>El número de workers de Dask es {value}; indique un número entero de 1 o más.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/cluster.py" line="107"/>
        <source>Running on a Dask cluster needs the dask[distributed] package: install it with pip ({reason}).</source>
        <translation>Ejecutar en un clúster de Dask requiere el paquete dask[distributed]: instálelo con pip ({reason}).</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/cluster.py" line="133"/>
        <source>Cannot reach the Dask scheduler at {address} ({reason}); check the address, that &apos;dask scheduler&apos; runs there and that its port is open.</source>
        <translation>No se puede contactar con el planificador de Dask en {address} ({reason}); compruebe la dirección, que «dask scheduler» se esté ejecutando allí y que su puerto esté abierto.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/cluster.py" line="283"/>
        <source>Lost the Dask scheduler at {address} while {what}; check that it still runs and is reachable, then run again.</source>
        <translation>Se perdió la conexión con el planificador de Dask en {address} durante {what}; compruebe que siga ejecutándose y que sea accesible, y vuelva a ejecutar.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/cluster.py" line="291"/>
        <source>Dask workers of the cluster at {address} died repeatedly while {what}; check that every worker has enough memory and runs this plugin with the same shapely and numpy, then run again.</source>
        <translation>Los workers de Dask del clúster en {address} se detuvieron bruscamente varias veces durante {what}; compruebe que cada worker de Dask tenga memoria suficiente y ejecute este complemento con las mismas versiones de shapely y numpy, y vuelva a ejecutar.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/cluster.py" line="300"/>
        <source>A Dask worker of the cluster at {address} failed while {what}: {kind}: {reason}; check that the workers have this plugin installed (see core/cluster.py), then run again.</source>
        <translation>Un worker de Dask del clúster en {address} falló durante {what}: {kind}: {reason}; compruebe que los workers de Dask tengan instalado este complemento (véase core/cluster.py) y vuelva a ejecutar.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/portfolio.py" line="463"/>
        <source>solving the shuffled portfolio</source>
        <translation>la resolución del portafolio «shuffle»</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/portfolio.py" line="622"/>
        <source>computing replacement costs</source>
        <translation>el cálculo de los costos de reemplazo</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/workflow.py" line="499"/>
        <source>The Dask scheduler address &apos;{address}&apos; is not an address: write it as tcp://host:8786, or leave it empty to run on this computer.</source>
        <translation>La dirección del planificador de Dask «{address}» no es una dirección: escríbala como tcp://host:8786 o déjela vacía para ejecutar todo en esta computadora.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/processing/algorithms/base.py" line="90"/>
        <source>Dask scheduler address (e.g. tcp://host:8786; empty: this computer)</source>
        <translation>Dirección del planificador de Dask (p. ej. tcp://host:8786; vacío: esta computadora)</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/calibration.py" line="292"/>
        <source>Solves 1 to 4 on the Dask cluster: both ends of the curve at once</source>
        <translation>Resoluciones 1 a 4 en el clúster de Dask: los dos extremos de la curva a la vez</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/calibration.py" line="294"/>
        <source>finding Cohon&apos;s BLM</source>
        <translation>la búsqueda del BLM de Cohon</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/calibration.py" line="294"/>
        <source>Solves on the Dask cluster</source>
        <translation>Resoluciones en el clúster de Dask</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/cluster.py" line="180"/>
        <source>Cannot start local Dask workers: no Python interpreter was found next to {program}; start a scheduler and workers yourself and give its address instead.</source>
        <translation>No se pueden iniciar workers de Dask locales: no se encontró ningún intérprete de Python junto a {program}; inicie usted mismo un planificador y workers de Dask y dé la dirección del planificador.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/connectivity/indices.py" line="1085"/>
        <source>computing the importance of each site</source>
        <translation>el cálculo de la importancia de cada sitio</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/frames.py" line="81"/>
        <source>The GeoDataFrame functions need the Python package {package}, which is not installed: install it with pip in this Python (&apos;make setup&apos; does it in the plugin&apos;s venv).</source>
        <translation>Las funciones GeoDataFrame necesitan el paquete de Python {package}, que no está instalado: instálelo con pip en este Python ('make setup' lo hace en el venv del complemento).</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/frames.py" line="123"/>
        <source>&apos;{layer}&apos; is not a GeoDataFrame with a geometry column: build one with geopandas.GeoDataFrame(data, geometry=..., crs=...).</source>
        <translation>«{layer}» no es un GeoDataFrame con una columna de geometría: cree uno con geopandas.GeoDataFrame(data, geometry=..., crs=...).</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/frames.py" line="241"/>
        <source>The amounts name unit(s) {units} that are not among the unit ids given: pass the ids of the units the amounts were computed for.</source>
        <translation>Las cantidades nombran unidades ({units}) que no están entre los identificadores de unidad dados: pase los identificadores de las unidades para las que se calcularon las cantidades.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/frames.py" line="323"/>
        <source>The units are not a dask-geopandas GeoDataFrame: open them with dask_geopandas.read_parquet(...) or split a GeoDataFrame with dask_geopandas.from_geopandas(frame, npartitions=...).</source>
        <translation>Las unidades no son un GeoDataFrame de dask-geopandas: ábralas con dask_geopandas.read_parquet(...) o divida un GeoDataFrame con dask_geopandas.from_geopandas(frame, npartitions=...).</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/solvers/__init__.py" line="151"/>
        <source>Lagrangian cuts</source>
        <translation>Cortes lagrangianos</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/frames.py" line="379"/>
        <source>The folder {folder} does not exist: create it or choose another one.</source>
        <translation>La carpeta {folder} no existe: créela o elija otra.</translation>
    </message>
    <message>
        <location filename="../cms_connectivity_plugin/core/methods.py" line="64"/>
        <source>Huangfu and Hall 2018</source>
        <translation>Huangfu y Hall 2018</translation>
    </message>
</context>
<context>
    <name>ConnectivityStep</name>
    <message>
        <location filename="../resources/ui/connectivity_step.ui" line="5"/>
        <source>Connectivity</source>
        <translation>Conectividad</translation>
    </message>
    <message>
        <location filename="../resources/ui/connectivity_step.ui" line="9"/>
        <source>How well connected are the sites, which matter most, and where could corridors run? Tick the analyses to run.</source>
        <translation>¿Qué tan conectados están los sitios, cuáles importan más y por dónde podrían pasar corredores? Marque los análisis que desea ejecutar.</translation>
    </message>
    <message>
        <location filename="../resources/ui/connectivity_step.ui" line="14"/>
        <source>?</source>
        <translation>?</translation>
    </message>
    <message>
        <location filename="../resources/ui/connectivity_step.ui" line="15"/>
        <source>Open the user guide at this step</source>
        <translation>Abrir la guía del usuario en este paso</translation>
    </message>
    <message>
        <location filename="../resources/ui/connectivity_step.ui" line="20"/>
        <source>Dispersal</source>
        <translation>Dispersión</translation>
    </message>
    <message>
        <location filename="../resources/ui/connectivity_step.ui" line="24"/>
        <source>Median dispersal distance (km)</source>
        <translation>Distancia de dispersión mediana (km)</translation>
    </message>
    <message>
        <location filename="../resources/ui/connectivity_step.ui" line="34"/>
        <source>Distance at which the probability of moving between two sites is 0.5. ProtConn reports often use 1, 10 and 100 km.</source>
        <translation>Distancia a la que la probabilidad de desplazarse entre dos sitios es 0.5. Los informes de ProtConn suelen usar 1, 10 y 100 km.</translation>
    </message>
    <message>
        <location filename="../resources/ui/connectivity_step.ui" line="40"/>
        <source>Analyses</source>
        <translation>Análisis</translation>
    </message>
    <message>
        <location filename="../resources/ui/connectivity_step.ui" line="44"/>
        <source>ProtConn: protected and connected land, per country</source>
        <translation>ProtConn: tierra protegida y conectada, por país</translation>
    </message>
    <message>
        <location filename="../resources/ui/connectivity_step.ui" line="46"/>
        <source>GBF Target 3 indicator (Saura et al. 2017) with its fractions, including how much comes through the protected areas of neighbouring countries.</source>
        <translation>Indicador de la meta 3 del MMB (Saura et al. 2017) con sus fracciones, incluida la parte que pasa por las áreas protegidas de los países vecinos.</translation>
    </message>
    <message>
        <location filename="../resources/ui/connectivity_step.ui" line="50"/>
        <source>Site importance (PC, EC and dPC)</source>
        <translation>Importancia de los sitios (PC, EC y dPC)</translation>
    </message>
    <message>
        <location filename="../resources/ui/connectivity_step.ui" line="52"/>
        <source>Probability of connectivity and how much each site contributes to it (Saura &amp; Rubio 2010).</source>
        <translation>Probabilidad de conectividad y cuánto contribuye cada sitio a ella (Saura &amp; Rubio 2010).</translation>
    </message>
    <message>
        <location filename="../resources/ui/connectivity_step.ui" line="56"/>
        <source>Least-cost corridors between sites</source>
        <translation>Corredores de menor costo entre sitios</translation>
    </message>
    <message>
        <location filename="../resources/ui/connectivity_step.ui" line="57"/>
        <source>Corridors over a resistance raster (Linkage Mapper&apos;s normalised least-cost corridors).</source>
        <translation>Corredores sobre un ráster de resistencia (corredores de menor costo normalizados de Linkage Mapper).</translation>
    </message>
    <message>
        <location filename="../resources/ui/connectivity_step.ui" line="61"/>
        <source>Resistance raster</source>
        <translation>Ráster de resistencia</translation>
    </message>
    <message>
        <location filename="../resources/ui/connectivity_step.ui" line="67"/>
        <source>Cost of moving through each cell: 1 for easy habitat, higher values for barriers.</source>
        <translation>Costo de desplazarse por cada celda: 1 para un hábitat fácil de atravesar, valores más altos para las barreras.</translation>
    </message>
    <message>
        <location filename="../resources/ui/connectivity_step.ui" line="71"/>
        <source>Flyway network and critical stopover sites (needs tracking data)</source>
        <translation>Red de la ruta migratoria y sitios de escala críticos (necesita datos de seguimiento)</translation>
    </message>
    <message>
        <location filename="../resources/ui/connectivity_step.ui" line="72"/>
        <source>Stopover sites from the tracking data, linked from breeding to non-breeding grounds; flags critical sites that are not protected.</source>
        <translation>Sitios de escala obtenidos de los datos de seguimiento, enlazados desde las zonas de reproducción hasta las no reproductivas; señala los sitios críticos que no están protegidos.</translation>
    </message>
    <message>
        <location filename="../resources/ui/connectivity_step.ui" line="86"/>
        <source>Run analyses</source>
        <translation>Ejecutar los análisis</translation>
    </message>
</context>
<context>
    <name>DataStep</name>
    <message>
        <location filename="../resources/ui/data_step.ui" line="5"/>
        <source>Data</source>
        <translation>Datos</translation>
    </message>
    <message>
        <location filename="../resources/ui/data_step.ui" line="9"/>
        <source>Choose the species ranges and sites to plan with, or simulate training data for a workshop. Then press Prepare data.</source>
        <translation>Elija las áreas de distribución de especies y los sitios con los que planificar, o simule datos de capacitación para un taller. Luego pulse Preparar datos.</translation>
    </message>
    <message>
        <location filename="../resources/ui/data_step.ui" line="14"/>
        <source>?</source>
        <translation>?</translation>
    </message>
    <message>
        <location filename="../resources/ui/data_step.ui" line="15"/>
        <source>Open the user guide at this step</source>
        <translation>Abrir la guía del usuario en este paso</translation>
    </message>
    <message>
        <location filename="../resources/ui/data_step.ui" line="21"/>
        <source>Simulated training data</source>
        <translation>Datos de capacitación simulados</translation>
    </message>
    <message>
        <location filename="../resources/ui/data_step.ui" line="23"/>
        <source>Simulated species and protected areas for the countries below: works offline, for workshops. Not real data.</source>
        <translation>Especies y áreas protegidas simuladas para los países indicados abajo: funciona sin conexión, para talleres. No son datos reales.</translation>
    </message>
    <message>
        <location filename="../resources/ui/data_step.ui" line="27"/>
        <source>My own layers</source>
        <translation>Mis propias capas</translation>
    </message>
    <message>
        <location filename="../resources/ui/data_step.ui" line="28"/>
        <source>Real species ranges (IUCN, BirdLife, NatureServe, eBird), tracking data and site layers of the project.</source>
        <translation>Áreas de distribución reales (UICN, BirdLife, NatureServe, eBird), datos de seguimiento y capas de sitios del proyecto.</translation>
    </message>
    <message>
        <location filename="../resources/ui/data_step.ui" line="33"/>
        <source>Study area and training data</source>
        <translation>Área de estudio y datos de capacitación</translation>
    </message>
    <message>
        <location filename="../resources/ui/data_step.ui" line="37"/>
        <source>Countries (ISO3)</source>
        <translation>Países (ISO3)</translation>
    </message>
    <message>
        <location filename="../resources/ui/data_step.ui" line="43"/>
        <source>Three-letter ISO 3166 codes separated by commas, e.g. FRA,ESP,MAR. They define the study area and the countries analysed for ProtConn.</source>
        <translation>Códigos ISO 3166 de tres letras separados por comas, p. ej. FRA,ESP,MAR. Definen el área de estudio y los países analizados para ProtConn.</translation>
    </message>
    <message>
        <location filename="../resources/ui/data_step.ui" line="44"/>
        <source>FRA,ESP,MAR</source>
        <translation>FRA,ESP,MAR</translation>
    </message>
    <message>
        <location filename="../resources/ui/data_step.ui" line="48"/>
        <source>Simulated species</source>
        <translation>Especies simuladas</translation>
    </message>
    <message>
        <location filename="../resources/ui/data_step.ui" line="57"/>
        <source>How many migratory species to simulate; each has breeding, passage and non-breeding ranges.</source>
        <translation>Cuántas especies migratorias simular; cada una tiene áreas reproductivas, de paso y no reproductivas.</translation>
    </message>
    <message>
        <location filename="../resources/ui/data_step.ui" line="61"/>
        <source>Random seed</source>
        <translation>Semilla aleatoria</translation>
    </message>
    <message>
        <location filename="../resources/ui/data_step.ui" line="74"/>
        <source>The same seed gives the same training data, so every group of a workshop sees the same map.</source>
        <translation>La misma semilla da los mismos datos de capacitación, así que todos los grupos de un taller ven el mismo mapa.</translation>
    </message>
    <message>
        <location filename="../resources/ui/data_step.ui" line="80"/>
        <source>Your layers</source>
        <translation>Sus capas</translation>
    </message>
    <message>
        <location filename="../resources/ui/data_step.ui" line="84"/>
        <source>Species ranges</source>
        <translation>Áreas de distribución de las especies</translation>
    </message>
    <message>
        <location filename="../resources/ui/data_step.ui" line="90"/>
        <source>Polygon layer of species ranges. IUCN Red List, BirdLife, NatureServe and eBird fields are recognised automatically.</source>
        <translation>Capa de polígonos de áreas de distribución de especies. Los campos de la Lista Roja de la UICN, BirdLife, NatureServe y eBird se reconocen automáticamente.</translation>
    </message>
    <message>
        <location filename="../resources/ui/data_step.ui" line="96"/>
        <source>What the plugin recognised in the range layer: its schema, species and seasons.</source>
        <translation>Lo que el complemento reconoció en la capa de áreas de distribución: su esquema, sus especies y sus temporadas.</translation>
    </message>
    <message>
        <location filename="../resources/ui/data_step.ui" line="100"/>
        <source>Species field</source>
        <translation>Campo de especie</translation>
    </message>
    <message>
        <location filename="../resources/ui/data_step.ui" line="106"/>
        <source>Only when the schema is not recognised: the field with the species name.</source>
        <translation>Solo si no se reconoce el esquema: el campo con el nombre de la especie.</translation>
    </message>
    <message>
        <location filename="../resources/ui/data_step.ui" line="110"/>
        <source>Season field</source>
        <translation>Campo de temporada</translation>
    </message>
    <message>
        <location filename="../resources/ui/data_step.ui" line="116"/>
        <source>Only when the schema is not recognised: the field with the season code (1 resident, 2 breeding, 3 non-breeding, 4 passage).</source>
        <translation>Solo si no se reconoce el esquema: el campo con el código de temporada (1 residente, 2 reproductiva, 3 no reproductiva, 4 de paso).</translation>
    </message>
    <message>
        <location filename="../resources/ui/data_step.ui" line="120"/>
        <source>Tracking data (CSV)</source>
        <translation>Datos de seguimiento (CSV)</translation>
    </message>
    <message>
        <location filename="../resources/ui/data_step.ui" line="126"/>
        <source>Optional: a Movebank CSV (.csv or .csv.gz) of GPS fixes. Seasonal ranges and stopover sites are derived from it.</source>
        <translation>Opcional: un CSV de Movebank (.csv o .csv.gz) con localizaciones GPS. De él se derivan las áreas estacionales y los sitios de escala.</translation>
    </message>
    <message>
        <location filename="../resources/ui/data_step.ui" line="130"/>
        <source>Tracked species</source>
        <translation>Especie con seguimiento</translation>
    </message>
    <message>
        <location filename="../resources/ui/data_step.ui" line="136"/>
        <source>Scientific name of the tracked species, e.g. Ciconia ciconia.</source>
        <translation>Nombre científico de la especie con seguimiento, p. ej. Ciconia ciconia.</translation>
    </message>
    <message>
        <location filename="../resources/ui/data_step.ui" line="140"/>
        <source>Existing sites</source>
        <translation>Sitios existentes</translation>
    </message>
    <message>
        <location filename="../resources/ui/data_step.ui" line="146"/>
        <source>Protected areas (WDPA), Key Biodiversity Areas or Ramsar sites: polygons, or WDPA points with REP_AREA.</source>
        <translation>Áreas protegidas (WDPA), áreas clave para la biodiversidad (KBA) o sitios Ramsar: polígonos, o puntos de la WDPA con REP_AREA.</translation>
    </message>
    <message>
        <location filename="../resources/ui/data_step.ui" line="152"/>
        <source>Borders, costs and outputs</source>
        <translation>Fronteras, costos y salidas</translation>
    </message>
    <message>
        <location filename="../resources/ui/data_step.ui" line="156"/>
        <source>Country borders</source>
        <translation>Fronteras de los países</translation>
    </message>
    <message>
        <location filename="../resources/ui/data_step.ui" line="162"/>
        <source>Country polygons with ISO3 codes. Empty: the world map that comes with QGIS (Natural Earth).</source>
        <translation>Polígonos de los países con sus códigos ISO3. Vacío: el mapa mundial incluido en QGIS (Natural Earth).</translation>
    </message>
    <message>
        <location filename="../resources/ui/data_step.ui" line="166"/>
        <source>Cost raster</source>
        <translation>Ráster de costo</translation>
    </message>
    <message>
        <location filename="../resources/ui/data_step.ui" line="172"/>
        <source>Optional: a raster of cost (e.g. land price or human footprint). Empty: the cost of a unit is its area.</source>
        <translation>Opcional: un ráster de costo (p. ej. precio de la tierra o huella humana). Vacío: el costo de una unidad es su superficie.</translation>
    </message>
    <message>
        <location filename="../resources/ui/data_step.ui" line="176"/>
        <source>Output folder</source>
        <translation>Carpeta de salida</translation>
    </message>
    <message>
        <location filename="../resources/ui/data_step.ui" line="182"/>
        <source>Every layer, map and report is written here as files, so the saved project finds them again.</source>
        <translation>Cada capa, mapa e informe se escribe aquí como archivos, para que el proyecto guardado los vuelva a encontrar.</translation>
    </message>
    <message>
        <location filename="../resources/ui/data_step.ui" line="205"/>
        <source>Prepare data</source>
        <translation>Preparar datos</translation>
    </message>
    <message>
        <location filename="../resources/ui/data_step.ui" line="67"/>
        <source>Simulate training data</source>
        <translation>Simular datos de capacitación</translation>
    </message>
    <message>
        <location filename="../resources/ui/data_step.ui" line="68"/>
        <source>Create the simulated species ranges and protected areas now, to look at them on the map. Prepare data uses the same layers (same countries and seed).</source>
        <translation>Crear ahora las áreas de distribución y las áreas protegidas simuladas, para verlas en el mapa. «Preparar datos» usa las mismas capas (mismos países y misma semilla).</translation>
    </message>
    <message>
        <location filename="../resources/ui/data_step.ui" line="186"/>
        <source>Dask scheduler</source>
        <translation>Planificador de Dask</translation>
    </message>
    <message>
        <location filename="../resources/ui/data_step.ui" line="191"/>
        <source>empty: this computer</source>
        <translation>vacío: esta computadora</translation>
    </message>
    <message>
        <location filename="../resources/ui/data_step.ui" line="192"/>
        <source>Optional: the address of a running Dask scheduler (e.g. tcp://192.168.1.20:8786). The heavy, independent work of a run (areas of the ranges in each unit, portfolio and BLM solves, the importance of each site for connectivity) then goes to its workers, which need the plugin installed (see the user guide). Empty: everything runs on this computer.</source>
        <translation>Opcional: la dirección de un planificador de Dask en funcionamiento (p. ej., tcp://192.168.1.20:8786). El trabajo pesado e independiente de un cálculo (superficies de las áreas de distribución en cada unidad, resoluciones de portafolios y del BLM, importancia de cada sitio para la conectividad) pasa entonces a sus workers, que necesitan tener instalado el complemento (véase la guía del usuario). Vacío: todo se ejecuta en esta computadora.</translation>
    </message>
</context>
<context>
    <name>PlannerDockBody</name>
    <message>
        <location filename="../resources/ui/planner_dock.ui" line="5"/>
        <source>CMS Connectivity Planner</source>
        <translation>Planificador de conectividad CMS</translation>
    </message>
    <message>
        <location filename="../resources/ui/planner_dock.ui" line="9"/>
        <source>Scenario</source>
        <translation>Escenario</translation>
    </message>
    <message>
        <location filename="../resources/ui/planner_dock.ui" line="10"/>
        <source>Import or export all settings as a scenario file (JSON) that also runs from Processing and the command line.</source>
        <translation>Importar o exportar todos los parámetros como un archivo de escenario (JSON) que también se ejecuta desde Procesos y desde la línea de comandos.</translation>
    </message>
    <message>
        <location filename="../resources/ui/planner_dock.ui" line="18"/>
        <source>The steps of the workflow, from data to maps</source>
        <translation>Los pasos del flujo de trabajo, de los datos a los mapas</translation>
    </message>
    <message>
        <location filename="../resources/ui/planner_dock.ui" line="39"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../resources/ui/planner_dock.ui" line="41"/>
        <source>Stop the running step; nothing of it is kept.</source>
        <translation>Detener el paso en curso; no se conserva nada de él.</translation>
    </message>
    <message>
        <location filename="../resources/ui/planner_dock.ui" line="33"/>
        <source>Stop and keep</source>
        <translation>Detener y conservar</translation>
    </message>
    <message>
        <location filename="../resources/ui/planner_dock.ui" line="35"/>
        <source>Stop the solver now and keep the best network found so far. It is marked &quot;interrupted&quot; with its gap: not proven optimal.</source>
        <translation>Detener el solucionador ahora y conservar la mejor red encontrada hasta entonces. Se marca «interrupted» con su brecha: su optimalidad no está demostrada.</translation>
    </message>
</context>
<context>
    <name>SolveStep</name>
    <message>
        <location filename="../resources/ui/solve_step.ui" line="193"/>
        <source>Solve</source>
        <translation>Resolución</translation>
    </message>
    <message>
        <location filename="../resources/ui/solve_step.ui" line="9"/>
        <source>Choose what the plan optimises, then solve exactly with integer programming (HiGHS). Large problems can take minutes: you can cancel.</source>
        <translation>Elija qué optimiza el plan y luego resuelva de forma exacta con programación entera (HiGHS). Los problemas grandes pueden tardar minutos: puede cancelar.</translation>
    </message>
    <message>
        <location filename="../resources/ui/solve_step.ui" line="14"/>
        <source>?</source>
        <translation>?</translation>
    </message>
    <message>
        <location filename="../resources/ui/solve_step.ui" line="15"/>
        <source>Open the user guide at this step</source>
        <translation>Abrir la guía del usuario en este paso</translation>
    </message>
    <message>
        <location filename="../resources/ui/solve_step.ui" line="24"/>
        <source>Objective</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <location filename="../resources/ui/solve_step.ui" line="30"/>
        <source>Minimum set: meet every target at least cost. The others work within a budget: cover as much as possible, leave the smallest shortfall, or raise the weakest-covered feature.</source>
        <translation>Conjunto mínimo: alcanzar todas las metas al menor costo. Los demás funcionan dentro de un presupuesto: cubrir lo máximo posible, dejar el menor déficit o elevar el elemento peor cubierto.</translation>
    </message>
    <message>
        <location filename="../resources/ui/solve_step.ui" line="31"/>
        <source>Minimum set: meet every target at least cost</source>
        <translation>Conjunto mínimo: alcanzar todas las metas al menor costo</translation>
    </message>
    <message>
        <location filename="../resources/ui/solve_step.ui" line="32"/>
        <source>Maximum coverage within a budget</source>
        <translation>Cobertura máxima dentro de un presupuesto</translation>
    </message>
    <message>
        <location filename="../resources/ui/solve_step.ui" line="33"/>
        <source>Minimum shortfall within a budget</source>
        <translation>Déficit mínimo dentro de un presupuesto</translation>
    </message>
    <message>
        <location filename="../resources/ui/solve_step.ui" line="34"/>
        <source>Weakest link within a budget</source>
        <translation>Eslabón más débil dentro de un presupuesto</translation>
    </message>
    <message>
        <location filename="../resources/ui/solve_step.ui" line="38"/>
        <source>Budget (cost units)</source>
        <translation>Presupuesto (unidades de costo)</translation>
    </message>
    <message>
        <location filename="../resources/ui/solve_step.ui" line="48"/>
        <source>Most the plan may cost, in the units of the cost (km2 when the cost is the area). Used by the budgeted objectives only.</source>
        <translation>Lo máximo que puede costar el plan, en las unidades del costo (km2 cuando el costo es la superficie). Solo lo usan los objetivos con presupuesto.</translation>
    </message>
    <message>
        <location filename="../resources/ui/solve_step.ui" line="54"/>
        <source>Compactness and connectivity</source>
        <translation>Compacidad y conectividad</translation>
    </message>
    <message>
        <location filename="../resources/ui/solve_step.ui" line="58"/>
        <source>Boundary length modifier (BLM)</source>
        <translation>Modificador de longitud de borde (BLM)</translation>
    </message>
    <message>
        <location filename="../resources/ui/solve_step.ui" line="68"/>
        <source>Weight of the boundary length: higher values give fewer, more compact and better connected clusters at a higher cost. 0 ignores the boundary. Use Calibrate to find a balanced value.</source>
        <translation>Peso de la longitud de borde: los valores más altos dan agrupaciones menos numerosas, más compactas y mejor conectadas, con un costo mayor. 0 ignora el borde. Use Calibrar para encontrar un valor equilibrado.</translation>
    </message>
    <message>
        <location filename="../resources/ui/solve_step.ui" line="72"/>
        <source>Calibrate BLM</source>
        <translation>Calibrar el BLM</translation>
    </message>
    <message>
        <location filename="../resources/ui/solve_step.ui" line="73"/>
        <source>Find the BLM where cost and boundary are balanced (Cohon et al. 1979): two or three solves.</source>
        <translation>Encontrar el BLM con el que el costo y el borde quedan equilibrados (Cohon et al. 1979): dos o tres resoluciones.</translation>
    </message>
    <message>
        <location filename="../resources/ui/solve_step.ui" line="150"/>
        <source>Solver</source>
        <translation>Solucionador</translation>
    </message>
    <message>
        <location filename="../resources/ui/solve_step.ui" line="154"/>
        <source>Time limit (s)</source>
        <translation>Tiempo límite (s)</translation>
    </message>
    <message>
        <location filename="../resources/ui/solve_step.ui" line="164"/>
        <source>The solver stops after this time and returns the best plan found, with its gap to the optimum.</source>
        <translation>El solucionador se detiene tras este tiempo y devuelve el mejor plan encontrado, con su brecha respecto al óptimo.</translation>
    </message>
    <message>
        <location filename="../resources/ui/solve_step.ui" line="168"/>
        <source>Optimality gap</source>
        <translation>Brecha de optimalidad</translation>
    </message>
    <message>
        <location filename="../resources/ui/solve_step.ui" line="179"/>
        <source>Stop when the plan is proven within this percentage of the best possible. 0 % proves optimality; 1 % is usually enough.</source>
        <translation>Detenerse cuando se demuestre que el plan está a menos de este porcentaje del mejor posible. 0 % demuestra la optimalidad; 1 % suele bastar.</translation>
    </message>
    <message>
        <location filename="../resources/ui/solve_step.ui" line="178"/>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <location filename="../resources/ui/solve_step.ui" line="79"/>
        <source>Advanced: stepping stones, countries, connectivity</source>
        <translation>Avanzado: escalas migratorias, países, conectividad</translation>
    </message>
    <message>
        <location filename="../resources/ui/solve_step.ui" line="85"/>
        <source>Longest gap between stopovers (km)</source>
        <translation>Distancia máxima entre escalas (km)</translation>
    </message>
    <message>
        <location filename="../resources/ui/solve_step.ui" line="95"/>
        <source>Keep a stopover in every stretch of each passage range: no two consecutive stopovers along the migration (from the breeding to the non-breeding range) are farther apart than this. Off: no such rule.</source>
        <translation>Mantiene una escala en cada tramo de cada área de paso: dos escalas consecutivas a lo largo de la migración (del área de reproducción al área no reproductiva) nunca están más separadas que esta distancia. Desactivado: sin esta regla.</translation>
    </message>
    <message>
        <location filename="../resources/ui/solve_step.ui" line="140"/>
        <source>Off</source>
        <translation>Desactivado</translation>
    </message>
    <message>
        <location filename="../resources/ui/solve_step.ui" line="98"/>
        <source>Each country keeps at least</source>
        <translation>Cada país conserva al menos</translation>
    </message>
    <message>
        <location filename="../resources/ui/solve_step.ui" line="108"/>
        <source>Every country in the study area keeps at least this share of its own land in the network, wherever the species are: a national share of GBF Target 3. Needs the units&apos; countries (planning units made by the plugin have them). Off: no such rule.</source>
        <translation>Cada país del área de estudio conserva al menos esta proporción de su propia tierra en la red, estén donde estén las especies: una parte nacional de la meta 3 del MMB. Necesita el país de cada unidad (las unidades de planificación creadas por el complemento lo indican). Desactivado: sin esta regla.</translation>
    </message>
    <message>
        <location filename="../resources/ui/solve_step.ui" line="111"/>
        <source>Cross-border bonus (per km)</source>
        <translation>Bonificación transfronteriza (por km)</translation>
    </message>
    <message>
        <location filename="../resources/ui/solve_step.ui" line="120"/>
        <source>Cost units earned for every km of edge shared by two selected units in different countries: favours networks that meet across borders, the seeds of transfrontier conservation areas. Off: no bonus.</source>
        <translation>Unidades de costo ganadas por cada km de borde compartido por dos unidades seleccionadas de países distintos: favorece las redes que se unen a través de las fronteras, semillas de áreas de conservación transfronterizas. Desactivado: sin bonificación.</translation>
    </message>
    <message>
        <location filename="../resources/ui/solve_step.ui" line="123"/>
        <source>Connectivity table</source>
        <translation>Tabla de conectividad</translation>
    </message>
    <message>
        <location filename="../resources/ui/solve_step.ui" line="129"/>
        <source>A table of links between planning units (CSV with columns id1, id2, value, as Marxan Connect writes it), e.g. larval dispersal or links from tracking data. Ids are those of the unit layer&apos;s id field.</source>
        <translation>Una tabla de enlaces entre unidades de planificación (CSV con las columnas id1, id2, value, como la escribe Marxan Connect), p. ej. la dispersión larvaria o enlaces a partir de datos de seguimiento. Los id son los del campo de id de la capa de unidades.</translation>
    </message>
    <message>
        <location filename="../resources/ui/solve_step.ui" line="128"/>
        <source>CSV or Marxan table (*.csv *.txt *.dat)</source>
        <translation>Tabla CSV o de Marxan (*.csv *.txt *.dat)</translation>
    </message>
    <message>
        <location filename="../resources/ui/solve_step.ui" line="132"/>
        <source>Connectivity weight</source>
        <translation>Peso de la conectividad</translation>
    </message>
    <message>
        <location filename="../resources/ui/solve_step.ui" line="141"/>
        <source>Weight of the connectivity table, in cost units per unit of link value. Off: the table is not used.</source>
        <translation>Peso de la tabla de conectividad, en unidades de costo por unidad de valor del enlace. Desactivado: no se usa la tabla.</translation>
    </message>
    <message>
        <location filename="../resources/ui/solve_step.ui" line="144"/>
        <source>Links are one-way, from id1 to id2</source>
        <translation>Los enlaces van en un solo sentido, de id1 a id2</translation>
    </message>
    <message>
        <location filename="../resources/ui/solve_step.ui" line="145"/>
        <source>Ticked: a link from id1 to id2 costs its value when id1 is kept without id2 (one-way flows, e.g. breeding to wintering). Not ticked: keeping both units of a link earns its value.</source>
        <translation>Marcado: un enlace de id1 a id2 cuesta su valor cuando se conserva id1 sin id2 (flujos en un solo sentido, p. ej. de la reproducción a la invernada). Sin marcar: conservar las dos unidades de un enlace aporta su valor.</translation>
    </message>
</context>
<context>
    <name>TargetsStep</name>
    <message>
        <location filename="../resources/ui/targets_step.ui" line="20"/>
        <source>Targets</source>
        <translation>Metas</translation>
    </message>
    <message>
        <location filename="../resources/ui/targets_step.ui" line="9"/>
        <source>How much of each species&apos; range to protect, season by season. Choose a preset, then edit single targets in the table.</source>
        <translation>Qué parte del área de distribución de cada especie proteger, temporada por temporada. Elija un ajuste predefinido y luego edite metas concretas en la tabla.</translation>
    </message>
    <message>
        <location filename="../resources/ui/targets_step.ui" line="14"/>
        <source>?</source>
        <translation>?</translation>
    </message>
    <message>
        <location filename="../resources/ui/targets_step.ui" line="15"/>
        <source>Open the user guide at this step</source>
        <translation>Abrir la guía del usuario en este paso</translation>
    </message>
    <message>
        <location filename="../resources/ui/targets_step.ui" line="24"/>
        <source>Preset</source>
        <translation>Ajuste predefinido</translation>
    </message>
    <message>
        <location filename="../resources/ui/targets_step.ui" line="30"/>
        <source>30 %: Kunming-Montreal GBF Target 3. 17 %: Aichi Target 11. Log-linear: species with small ranges get higher targets (Rodrigues et al. 2004).</source>
        <translation>30 %: meta 3 del MMB de Kunming-Montreal. 17 %: meta 11 de Aichi. Log-lineal: las especies con áreas de distribución pequeñas reciben metas más altas (Rodrigues et al. 2004).</translation>
    </message>
    <message>
        <location filename="../resources/ui/targets_step.ui" line="31"/>
        <source>30 % of each range (GBF Target 3)</source>
        <translation>30 % de cada área (meta 3 del MMB)</translation>
    </message>
    <message>
        <location filename="../resources/ui/targets_step.ui" line="32"/>
        <source>17 % of each range (Aichi Target 11)</source>
        <translation>17 % de cada área (meta 11 de Aichi)</translation>
    </message>
    <message>
        <location filename="../resources/ui/targets_step.ui" line="33"/>
        <source>Log-linear: small ranges get more (Rodrigues et al. 2004)</source>
        <translation>Log-lineal: las áreas pequeñas reciben más (Rodrigues et al. 2004)</translation>
    </message>
    <message>
        <location filename="../resources/ui/targets_step.ui" line="34"/>
        <source>Custom</source>
        <translation>Personalizado</translation>
    </message>
    <message>
        <location filename="../resources/ui/targets_step.ui" line="38"/>
        <source>Default target</source>
        <translation>Meta por defecto</translation>
    </message>
    <message>
        <location filename="../resources/ui/targets_step.ui" line="49"/>
        <source>Share of each species-season range to include in the network, unless the table says otherwise.</source>
        <translation>Proporción de cada área especie-temporada que se incluirá en la red, salvo que la tabla indique otra cosa.</translation>
    </message>
    <message>
        <location filename="../resources/ui/targets_step.ui" line="48"/>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <location filename="../resources/ui/targets_step.ui" line="60"/>
        <source>One row per species and season. Edit the Target column; an empty cell uses the default target.</source>
        <translation>Una fila por especie y temporada. Edite la columna Meta; una celda vacía usa la meta por defecto.</translation>
    </message>
    <message>
        <location filename="../resources/ui/targets_step.ui" line="62"/>
        <source>Species</source>
        <translation>Especies</translation>
    </message>
    <message>
        <location filename="../resources/ui/targets_step.ui" line="63"/>
        <source>Season</source>
        <translation>Temporada</translation>
    </message>
    <message>
        <location filename="../resources/ui/targets_step.ui" line="64"/>
        <source>Target (%)</source>
        <translation>Meta (%)</translation>
    </message>
    <message>
        <location filename="../resources/ui/targets_step.ui" line="76"/>
        <source>Reset all to the default</source>
        <translation>Restablecer todo al valor por defecto</translation>
    </message>
    <message>
        <location filename="../resources/ui/targets_step.ui" line="77"/>
        <source>Remove every target edited in the table.</source>
        <translation>Quitar todas las metas editadas en la tabla.</translation>
    </message>
    <message>
        <location filename="../resources/ui/targets_step.ui" line="53"/>
        <source>Weakest link: whole life cycles (needs a budget)</source>
        <translation>Eslabón más débil: ciclos de vida completos (requiere presupuesto)</translation>
    </message>
    <message>
        <location filename="../resources/ui/targets_step.ui" line="54"/>
        <source>Instead of meeting every target at least cost, count a species only when every one of its seasons meets its target, and protect as many whole species as the budget allows: a migratory species is only as safe as its weakest season.</source>
        <translation>En lugar de cumplir todas las metas al menor costo, una especie solo cuenta cuando cada una de sus temporadas cumple su meta, y el plan protege tantas especies completas como permita el presupuesto: una especie migratoria solo está tan segura como su temporada más débil.</translation>
    </message>
</context>
<context>
    <name>TfcaStep</name>
    <message>
        <location filename="../resources/ui/tfca_step.ui" line="5"/>
        <source>TFCA and export</source>
        <translation>ACTF y exportación</translation>
    </message>
    <message>
        <location filename="../resources/ui/tfca_step.ui" line="9"/>
        <source>Transfrontier Conservation Area (TFCA) candidates: parts of the network that straddle borders. Select a row to zoom to it; export maps and a report.</source>
        <translation>Candidatas a áreas de conservación transfronterizas (ACTF): partes de la red que se extienden a ambos lados de una frontera. Seleccione una fila para hacer zoom en ella; exporte mapas y un informe.</translation>
    </message>
    <message>
        <location filename="../resources/ui/tfca_step.ui" line="14"/>
        <source>?</source>
        <translation>?</translation>
    </message>
    <message>
        <location filename="../resources/ui/tfca_step.ui" line="15"/>
        <source>Open the user guide at this step</source>
        <translation>Abrir la guía del usuario en este paso</translation>
    </message>
    <message>
        <location filename="../resources/ui/tfca_step.ui" line="20"/>
        <source>Candidates ranked by score. Select a row to zoom the map to the candidate.</source>
        <translation>Candidatas ordenadas por puntuación. Seleccione una fila para acercar el mapa a la candidata.</translation>
    </message>
    <message>
        <location filename="../resources/ui/tfca_step.ui" line="22"/>
        <source>Rank</source>
        <translation>Rango</translation>
    </message>
    <message>
        <location filename="../resources/ui/tfca_step.ui" line="23"/>
        <source>Countries</source>
        <translation>Países</translation>
    </message>
    <message>
        <location filename="../resources/ui/tfca_step.ui" line="24"/>
        <source>Area (km2)</source>
        <translation>Superficie (km2)</translation>
    </message>
    <message>
        <location filename="../resources/ui/tfca_step.ui" line="25"/>
        <source>Species</source>
        <translation>Especies</translation>
    </message>
    <message>
        <location filename="../resources/ui/tfca_step.ui" line="26"/>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <location filename="../resources/ui/tfca_step.ui" line="30"/>
        <source>Maps and report</source>
        <translation>Mapas e informe</translation>
    </message>
    <message>
        <location filename="../resources/ui/tfca_step.ui" line="34"/>
        <source>Map title</source>
        <translation>Título del mapa</translation>
    </message>
    <message>
        <location filename="../resources/ui/tfca_step.ui" line="40"/>
        <source>Title of the overview map and of the atlas pages.</source>
        <translation>Título del mapa general y de las páginas del atlas.</translation>
    </message>
    <message>
        <location filename="../resources/ui/tfca_step.ui" line="41"/>
        <source>Migratory species network and TFCA candidates</source>
        <translation>Red para especies migratorias y candidatas ACTF</translation>
    </message>
    <message>
        <location filename="../resources/ui/tfca_step.ui" line="55"/>
        <source>Find TFCA candidates</source>
        <translation>Encontrar candidatas ACTF</translation>
    </message>
    <message>
        <location filename="../resources/ui/tfca_step.ui" line="59"/>
        <source>Export maps and report</source>
        <translation>Exportar mapas e informe</translation>
    </message>
</context>
<context>
    <name>UnitsStep</name>
    <message>
        <location filename="../resources/ui/units_step.ui" line="20"/>
        <source>Planning units</source>
        <translation>Unidades de planificación</translation>
    </message>
    <message>
        <location filename="../resources/ui/units_step.ui" line="9"/>
        <source>Divide the study area into planning units: the pieces the plan chooses from. Units mostly covered by protected areas are locked in.</source>
        <translation>Divida el área de estudio en unidades de planificación: las piezas entre las que elige el plan. Las unidades cubiertas mayoritariamente por áreas protegidas quedan fijadas.</translation>
    </message>
    <message>
        <location filename="../resources/ui/units_step.ui" line="14"/>
        <source>?</source>
        <translation>?</translation>
    </message>
    <message>
        <location filename="../resources/ui/units_step.ui" line="15"/>
        <source>Open the user guide at this step</source>
        <translation>Abrir la guía del usuario en este paso</translation>
    </message>
    <message>
        <location filename="../resources/ui/units_step.ui" line="24"/>
        <source>Unit type</source>
        <translation>Tipo de unidad</translation>
    </message>
    <message>
        <location filename="../resources/ui/units_step.ui" line="30"/>
        <source>Hexagons are the usual choice; squares match raster data; your own polygons (e.g. parcels, watersheds) keep their shapes.</source>
        <translation>Los hexágonos son la opción habitual; los cuadrados se ajustan a los datos ráster; sus propios polígonos (p. ej. parcelas, cuencas) conservan su forma.</translation>
    </message>
    <message>
        <location filename="../resources/ui/units_step.ui" line="31"/>
        <source>Hexagons</source>
        <translation>Hexágonos</translation>
    </message>
    <message>
        <location filename="../resources/ui/units_step.ui" line="32"/>
        <source>Squares</source>
        <translation>Cuadrados</translation>
    </message>
    <message>
        <location filename="../resources/ui/units_step.ui" line="33"/>
        <source>My own polygons</source>
        <translation>Mis propios polígonos</translation>
    </message>
    <message>
        <location filename="../resources/ui/units_step.ui" line="37"/>
        <source>Cell area (km2)</source>
        <translation>Superficie de las celdas (km2)</translation>
    </message>
    <message>
        <location filename="../resources/ui/units_step.ui" line="47"/>
        <source>Area of one hexagon or square. Smaller cells give finer maps but longer solves: about 1,000 km2 for a region of several countries, 10-100 km2 for one country.</source>
        <translation>Superficie de un hexágono o cuadrado. Las celdas más pequeñas dan mapas más finos pero resoluciones más largas: unos 1000 km2 para una región de varios países, 10-100 km2 para un solo país.</translation>
    </message>
    <message>
        <location filename="../resources/ui/units_step.ui" line="51"/>
        <source>Polygon layer</source>
        <translation>Capa de polígonos</translation>
    </message>
    <message>
        <location filename="../resources/ui/units_step.ui" line="57"/>
        <source>Your own planning units: a polygon layer in a projected CRS.</source>
        <translation>Sus propias unidades de planificación: una capa de polígonos en un CRS proyectado.</translation>
    </message>
    <message>
        <location filename="../resources/ui/units_step.ui" line="63"/>
        <source>Study area</source>
        <translation>Área de estudio</translation>
    </message>
    <message>
        <location filename="../resources/ui/units_step.ui" line="67"/>
        <source>The countries of the Data step</source>
        <translation>Los países del paso Datos</translation>
    </message>
    <message>
        <location filename="../resources/ui/units_step.ui" line="69"/>
        <source>The study area is the land of the countries listed on the Data step.</source>
        <translation>El área de estudio es la tierra firme de los países indicados en el paso Datos.</translation>
    </message>
    <message>
        <location filename="../resources/ui/units_step.ui" line="73"/>
        <source>A polygon layer</source>
        <translation>Una capa de polígonos</translation>
    </message>
    <message>
        <location filename="../resources/ui/units_step.ui" line="74"/>
        <source>The study area is the union of the polygons of a layer, e.g. a flyway or an ecoregion.</source>
        <translation>El área de estudio es la unión de los polígonos de una capa, p. ej. una ruta migratoria o una ecorregión.</translation>
    </message>
    <message>
        <location filename="../resources/ui/units_step.ui" line="78"/>
        <source>Study area layer</source>
        <translation>Capa del área de estudio</translation>
    </message>
    <message>
        <location filename="../resources/ui/units_step.ui" line="84"/>
        <source>Polygon layer whose union is the study area.</source>
        <translation>Capa de polígonos cuya unión es el área de estudio.</translation>
    </message>
    <message>
        <location filename="../resources/ui/units_step.ui" line="90"/>
        <source>Existing protected areas</source>
        <translation>Áreas protegidas existentes</translation>
    </message>
    <message>
        <location filename="../resources/ui/units_step.ui" line="94"/>
        <source>Lock in units covered by at least</source>
        <translation>Fijar las unidades cubiertas al menos en</translation>
    </message>
    <message>
        <location filename="../resources/ui/units_step.ui" line="105"/>
        <source>A unit at least this much covered by existing sites is part of every plan (locked in). 50 % is the usual choice.</source>
        <translation>Una unidad cubierta al menos en esta proporción por sitios existentes forma parte de todos los planes (fijada). 50 % es la opción habitual.</translation>
    </message>
    <message>
        <location filename="../resources/ui/units_step.ui" line="104"/>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <location filename="../resources/ui/units_step.ui" line="119"/>
        <source>Build planning units</source>
        <translation>Crear unidades de planificación</translation>
    </message>
</context>
</TS>
