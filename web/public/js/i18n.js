// Every UI string in Danish and English. Elements carry data-i18n (text), data-i18n-label (aria-label),
// data-i18n-placeholder and data-i18n-title; apply() fills them in, t() serves the scripts.

export const STRINGS = {
  da: {
    title: 'Kortlægning', subtitle: 'Sundhed, faciliteter og sundhedspunkter på kort',
    langToggle: 'English', langLabel: 'English – skift sprog til engelsk',
    search: 'Søg område', searchPlaceholder: 'Søg sogn, kommune eller postnummer…', searchNone: 'Ingen områder fundet',
    print: 'Udskriv', exportPng: 'Kort som PNG', share: 'Kopiér link', copied: 'Link kopieret',
    tabLayers: 'Lag', tabProfile: 'Profil', tabRanking: 'Rangering', tabPlanning: 'Planlægning', tabFacilities: 'Faciliteter',
    housing_department: 'Boligafdelinger', local_community: 'Lokalområder', tabOwn: 'Egne områder', departmentsLayer: 'Boligafdelinger (omrids)',
    ownIntro: 'Kommunens egne områder: boligafdelinger og lokalområder. Tegn et omrids på kortet (det fæstner sig til skel og veje), ret eller slet det, eller indlæs en fil (GeoPackage, zippet Shapefile, CSV eller GeoJSON). Planlæggere i kommunen kan ændre; alle kan se.',
    ownMunicipality: 'Kommunekode', ownDraw: 'Tegn nyt område', ownUpload: 'Indlæs fil', ownReshape: 'Ret omrids', ownDelete: 'Slet {name}', ownActions: 'Handlinger',
    ownNone: 'Ingen {level} i kommunen endnu.', ownDrawHint: 'Klik hjørnerne på kortet; klik på det første hjørne for at lukke omridset.',
    ownReshapeHint: 'Træk i hjørnerne for at rette omridset, og gem.', ownCode: 'Kode', ownOrganisation: 'Boligorganisation', ownHomes: 'Boliger', ownResidents: 'Beboere',
    own_organisation: 'Boligorganisation', own_departmentNumber: 'Afdelingsnummer', own_homes: 'Boliger', own_residents: 'Beboere', own_residentsYear: 'Beboere opgjort år',
    own_board: 'Afdelingsbestyrelse (ja/nej)', own_commonRoom: 'Fælleshus (ja/nej)', own_address: 'Adresse', ownIllustrative: 'Illustrativt (opdigtet) eksempel',
    ownConfirmDelete: 'Slet »{name}«?', ownDeleted: '»{name}« er slettet', estimated: 'skønnet', ownFile: 'Fil', ownCodeField: 'Felt med kode', ownNameField: 'Felt med navn',
    ownUploadHint: 'Først vises et eksempel uden at noget gemmes; derefter indlæses alt eller intet.', ownPreview: 'Vis eksempel', ownPreviewAgain: 'Vis eksempel igen',
    ownChooseFile: 'Vælg en fil.', ownUnknownFile: '{name}: kun .gpkg, .zip (Shapefile), .csv og .geojson kan indlæses.', ownRefused: 'Filen blev ikke indlæst',
    ownImported: '{n} områder indlæst ({inserted} nye, {updated} opdateret).', ownCommit: 'Indlæs {n} områder', ownRow: 'Række', ownFields: 'Felter',
    ownMapping: 'Felter til oplysninger', ownProblems: '{n} problemer: ret filen eller felterne og vis eksempel igen.', ownDryRun: '{format}, {crs}: {n} områder af {read} læste.',
    level: 'Områdeniveau', parish: 'Sogne', municipality: 'Kommuner', postcode: 'Postnumre', region: 'Regioner',
    variable: 'Vis på kortet', outlinesOnly: 'Kun grænser', areaKm2: 'Areal (km²)', rankingScore: 'Rangeringsscore',
    method: 'Klasseinddeling', quantile: 'Kvantiler (lige mange områder)', equal: 'Lige store intervaller', classes: 'Antal klasser',
    overlays: 'Ekstra lag', facilitiesLayer: 'Faciliteter', gridLayer: 'Befolkning, 1 km-net', scenariosLayer: 'Sundhedspunkter (scenarier)', background: 'Baggrundskort', noBackground: 'Intet (virker uden internet)',
    legend: 'Signatur', noData: 'Ingen data', suppressed: 'Skjult (små tal)', unit: 'Enhed', period: 'Periode',
    notAvailable: 'Ikke tilgængelig endnu: tjenesten har ikke {what} (svarede 404).', loadFailed: 'Kunne ikke hente {what}: {error}',
    clickArea: 'Klik på et område på kortet for at se dets profil.',
    profileOf: 'Profil for {name}', inMunicipality: 'i {name} Kommune', indicator: 'Indikator', value: 'Værdi', ci: '95 % KI',
    vsMunicipality: 'Kommune', vsDenmark: 'Danmark', trend: 'Udvikling', sources: 'Kilder',
    better: 'Bedre', similar: 'Som sammenligning', worse: 'Dårligere', higher: 'Højere', lower: 'Lavere', not_compared: 'Ikke sammenlignet',
    comparisonKey: 'Farve: sammenligning med Danmark (95 % konfidensinterval)', indicatorProfile: 'indikatorprofiler', indicators: 'indikatorer',
    rankingIntro: 'Vælg indikatorer og vægte. Listen rangeres igen, mens du trækker.', weight: 'Vægt for {name}', include: 'Medtag {name}',
    topN: 'Vis top', rankingList: 'Højest behov', rank: 'Rang', score: 'Score', rankInterval: 'Rang-interval (følsomhed)',
    presetName: 'Navn på forvalg', savePreset: 'Gem forvalg', loadPreset: 'Hent forvalg', presetSaved: 'Forvalg gemt', rankings: 'rangering',
    scope: 'Kommuner (koder, kommasepareret; tom = hele landet)', draws: 'Følsomhed: antal træk',
    exportCsv: 'CSV', exportGeoJson: 'GeoJSON', exportGis: 'Til GIS (EPSG:25832):', exportGpkg: 'GeoPackage', exportFgb: 'FlatGeobuf', exportShp: 'Shapefile (zip)',
    planningIntro: 'Find de bedste steder til sundhedspunkter: vælg efterspørgsel, kandidater, faste steder, antal og radius.',
    demand: 'Efterspørgsel', demandGrid: 'Befolkning på 1 km-net (2021)', demandParish: 'Sogne (befolkningsvægtet centrum)',
    candidates: 'Kandidater', candFacilities: 'Eksisterende faciliteter', candClicks: 'Punkter klikket på kortet',
    addCandidates: 'Tilføj kandidater ved klik på kortet', stopAdding: 'Stop med at tilføje', clearCandidates: 'Ryd kandidater',
    candidateN: 'Kandidat {n}', fixed: 'fast', objective: 'Mål', mclp: 'Maksimal dækning (MCLP)', pmedian: 'Mindst samlet afstand (p-median)', lscp: 'Dæk alle med færrest steder (LSCP)',
    k: 'Antal steder (k)', radius: 'Radius (meter)', solve: 'Beregn', solving: 'Beregner…',
    chosen: 'Valgte steder', covered: 'Dækket befolkning: {covered} af {total} ({share})', meanDistance: 'Gennemsnitlig afstand til nærmeste valgte sted: {metres} m',
    lscpImpossible: 'Fuld dækning er umulig: {weight} indbyggere bor længere end {radius} m fra alle kandidatsteder. Resultatet dækker alle de andre.',
    unreachable: '{weight} indbyggere kan ikke nås fra noget kandidatsted ad vejnettet og er ikke regnet med i afstanden.',
    beyondRadius: '{weight} indbyggere bor længere end {radius} m fra alle kandidatsteder og kan ikke dækkes.', marginal: 'Ekstra dækning pr. sted',
    scenarioName: 'Navn på scenarie', saveScenario: 'Gem scenarie', compare: 'Sammenlign scenarier', scenario: 'Scenarie', sites: 'Steder',
    planSolver: 'planlægningsberegning', needCandidates: 'Tilføj mindst én kandidat.', needDemand: 'Ingen efterspørgsel: flyt kortets midte ind i en kommune.',
    distanceMode: 'Afstand', distance_straight: 'Fugleflugt', distance_walk: 'Gang ad vejnettet', distance_bike: 'Cykel ad vejnettet',
    draft: 'Kladde', published: 'Udgivet', publish: 'Udgiv', unpublish: 'Gør til kladde', state: 'Status',
    scenarioSaved: 'Scenarie gemt og beregnet', delete: 'Slet', deleteScenario: 'Slet scenariet {name}', confirmDeleteScenario: 'Slet scenariet »{name}«?', scenarioDeleted: 'Scenariet »{name}« er slettet', coveredShort: 'Dækket', newlyCovered: 'B dækker {n} personer, som A ikke dækker, og mister {lost} (opgjort på A\'s efterspørgsel).',
    illustrative: 'Illustrativ', optimal: 'optimal', gap: 'afvigelse fra optimum {gap}',
    facilitiesIntro: 'Faciliteter efter type. Planlæggere kan tilføje og flytte steder.', facilities: 'faciliteter', type: 'Type', name: 'Navn',
    addFacility: 'Tilføj facilitet', clickToPlace: 'Klik på kortet for at placere faciliteten.', save: 'Gem', cancel: 'Annullér',
    saved: 'Gemt', dragToMove: 'Træk i en facilitet for at flytte den.', allTypes: 'Alle typer', filterType: 'Filtrér type',
    conflict: 'Faciliteten er ændret af en anden. Hent igen og prøv på ny.', validation: 'Ret venligst: {errors}',
    attribution: 'Kilder', printNote: 'Udskrevet fra Kortlægning {date}. Kilder: se nederst på kortet.',
    mapLabel: 'Kort over Danmark', panelLabel: 'Sidepanel', close: 'Luk',
    signedInAs: 'Logget ind som {email}', signOut: 'Log ud', signIn: 'Log ind',
    parish1: 'Sogn', municipality1: 'Kommune', postcode1: 'Postnummer', region1: 'Region', tabFollowup: 'Opfølgning',
    period_current: 'nuværende', metres: 'meter',
    scoreHelpTitle: 'Sådan læses rangeringen',
    scoreHelp: 'Scoren samler de valgte indikatorer til ét tal (med standardmetoden mellem 0 og 1). For hver indikator placeres området blandt alle områder (0 = mindst behov, 1 = størst), vendt så et højere tal altid betyder mere behov – fx flere rygere eller færre med godt helbred. Placeringerne vægtes med dine vægte. Højere score = større behov; nr. 1 har størst behov.',
    intervalHelp: 'Tallene i klammer, fx [8–15], er rang-intervallet: når vægtene varieres lidt tilfældigt omkring dine valg, lander området på en plads mellem 8 og 15 i 90 % af forsøgene. Et smalt interval betyder en sikker placering; et bredt, at placeringen afhænger meget af vægtene.',
    contextHint: 'Folketal og befolkningstæthed vises ved hvert område som baggrund; de indgår ikke i scoren, for mange indbyggere er ikke et behov i sig selv.',
    intervalOf: 'Rang-interval: plads {lower} til {upper} i 90 % af forsøgene', scoreOf: 'Score {score} (højere = større behov)',
    presetApplied: 'Forvalget »{name}« er hentet: {n} indikatorer med vægte.', presetSignIn: 'Log ind som planlægger for at gemme et forvalg.',
    presetNeedName: 'Skriv et navn på forvalget først.', presetTaken: 'Der findes allerede et forvalg med det navn. Vælg et andet.',
    osmFailed: 'Baggrundskortet ({name}) kunne ikke hentes – måske er der ingen internetforbindelse. Kortet virker uden; områdegrænser og faciliteter vises stadig.',
    facilitiesList: 'Faciliteter i kortudsnittet', facilitiesCount: '{n} faciliteter', noFacilitiesHere: 'Ingen faciliteter i kortudsnittet.', zoomTo: 'Vis {name} på kortet',
    chooseType: 'Vælg type', workshops: 'Værksteder', newWorkshop: 'Opret værksted',
    scenariosSaved: 'Gemte scenarier', noScenarios: 'Ingen gemte scenarier endnu.', pngLegend: 'Signatur',
    problemGeneric: 'Det lykkedes ikke (fejl {status}).', problemNetwork: 'Ingen forbindelse til tjenesten.',
    housing_department1: 'Boligafdeling', local_community1: 'Lokalområde', custom1: 'Eget område', vsParish: 'Sogn', inParish: 'i {name} sogn',
    factsTitle: 'Fakta om området', factYes: 'ja', factNo: 'nej', residentsEntered: 'oplyst', residentsEstimate: 'skønnet ud fra 1 km-nettet',
    residentsWithheld: 'skjult (små tal)', residentsUnknown: 'ukendt', curatedTitle: 'Fra ansøgningerne', factSubject: 'Om', factWhat: 'Hvad',
    scope_department: 'denne afdeling', scope_organisation: 'boligorganisationen', scope_municipality: 'kommunen',
    referenceOf: 'mod {value} i {subject}', withheld: 'skjult (små tal)',
    ownUnion: 'Saml af sogne', ownUnionMembers: 'Sogne og afdelinger', ownUnionHint: 'Lokalområdet bliver foreningen af de valgte områder: skriv sognekoder (fire cifre) og afdelingskoder adskilt af komma.',
    tabCompare: 'Sammenlign', periodSlider: 'Periode på kortet', profilePeriod: 'Periode i profilen', latestPeriod: 'Seneste for hver indikator',
    trendOf: 'Udvikling: {name}', showTrend: 'Vis udviklingen for {name}', trendNone: 'Ingen tal over tid for dette område.', thisArea: 'Området',
    chartMissing: 'Diagrammet kunne ikke vises (chart.js mangler); tallene står i tabellen.',
    addCompare: 'Føj til sammenligning', removeCompare: 'Fjern {name} fra sammenligningen', compareAdded: '{name} er føjet til sammenligningen ({n} områder).',
    compareFull: 'Højst 6 områder: fjern et først.', compareIntro: 'Op til 6 områder side om side. Føj områder til fra deres profil.',
    compareEmpty: 'Ingen områder valgt endnu: klik et område på kortet og vælg »Føj til sammenligning« i profilen.',
    compareIntervals: 'Værdier med 95 % konfidensinterval', intervalKey: 'Prik: området; streg: 95 % konfidensinterval; rude: kommunen; lodret linje: Danmark.',
    ragTable: 'Område × indikator', ragVsMunicipality: 'Kommune', ragVsDenmark: 'Danmark',
    ragKey: 'Grøn: bedre, gul: som sammenligningen, rød: dårligere – kun hvor området har et 95 % interval og indikatoren en god retning. Ellers står grunden.',
    rag_green: 'bedre', rag_amber: 'som sammenligning', rag_red: 'dårligere', why_no_value: 'ingen værdi for området', why_no_comparator: 'intet at sammenligne med',
    why_no_interval: 'ikke sammenlignet: intet interval eller antal', why_no_direction: '{direction} – indikatoren har ingen god eller dårlig retning', hoverNone: 'ingen værdi',
    // Column headers of the CSV exports (csv.js): people open these in Excel.
    csv_code: 'kode', csv_name: 'navn', csv_unit: 'enhed', csv_period: 'periode', csv_value: 'værdi', csv_lower: 'nedre (95 %)', csv_upper: 'øvre (95 %)',
    csv_parish: 'sogn', csv_municipality: 'kommune', csv_denmark: 'Danmark', csv_comparison: 'sammenligning', csv_note: 'note', csv_source: 'kilde',
    csv_rank: 'rang', csv_score: 'score', csv_quintile: 'kvintil', csv_rankLower: 'rang, nedre', csv_rankUpper: 'rang, øvre', csv_topNShare: 'andel i top n',
    csv_periods: 'perioder', csv_order: 'nr.', csv_id: 'id', csv_lat: 'breddegrad', csv_lon: 'længdegrad', csv_fixed: 'fastlagt',
  },
  en: {
    tabCompare: 'Compare', periodSlider: 'Period on the map', profilePeriod: 'Period in the profile', latestPeriod: 'Latest for each indicator',
    trendOf: 'Trend: {name}', showTrend: 'Show the trend of {name}', trendNone: 'No figures over time for this area.', thisArea: 'This area',
    chartMissing: 'The chart could not be shown (chart.js missing); the figures are in the table.',
    addCompare: 'Add to comparison', removeCompare: 'Remove {name} from the comparison', compareAdded: '{name} added to the comparison ({n} areas).',
    compareFull: 'At most 6 areas: remove one first.', compareIntro: 'Up to 6 areas side by side. Add areas from their profile.',
    compareEmpty: 'No areas chosen yet: click an area on the map and choose "Add to comparison" in its profile.',
    compareIntervals: 'Values with 95 % confidence interval', intervalKey: 'Dot: the area; bar: 95 % confidence interval; diamond: the municipality; vertical line: Denmark.',
    ragTable: 'Area × indicator', ragVsMunicipality: 'Municipality', ragVsDenmark: 'Denmark',
    ragKey: 'Green: better, amber: similar, red: worse – only where the area has a 95 % interval and the indicator a good direction. Otherwise the reason is given.',
    rag_green: 'better', rag_amber: 'similar', rag_red: 'worse', why_no_value: 'no value for the area', why_no_comparator: 'nothing to compare with',
    why_no_interval: 'not compared: no interval or counts', why_no_direction: '{direction} – the indicator has no good or bad direction', hoverNone: 'no value',
    title: 'Kortlægning', subtitle: 'Health, facilities and health spots on a map',
    langToggle: 'Dansk', langLabel: 'Dansk – switch language to Danish',
    search: 'Search area', searchPlaceholder: 'Search parish, municipality or postcode…', searchNone: 'No areas found',
    print: 'Print', exportPng: 'Map as PNG', share: 'Copy link', copied: 'Link copied',
    tabLayers: 'Layers', tabProfile: 'Profile', tabRanking: 'Ranking', tabPlanning: 'Planning', tabFacilities: 'Facilities',
    housing_department: 'Housing departments', local_community: 'Local communities', tabOwn: 'Own areas', departmentsLayer: 'Housing departments (outlines)',
    ownIntro: "The municipality's own areas: housing departments and local communities. Draw an outline on the map (it snaps to boundaries and streets), reshape or delete it, or load a file (GeoPackage, zipped Shapefile, CSV or GeoJSON). The municipality's planners can change them; everyone can see them.",
    ownMunicipality: 'Municipality code', ownDraw: 'Draw a new area', ownUpload: 'Load a file', ownReshape: 'Reshape', ownDelete: 'Delete {name}', ownActions: 'Actions',
    ownNone: 'No {level} in the municipality yet.', ownDrawHint: 'Click the corners on the map; click the first corner to close the outline.',
    ownReshapeHint: 'Drag the corners to reshape the outline, then save.', ownCode: 'Code', ownOrganisation: 'Housing organisation', ownHomes: 'Homes', ownResidents: 'Residents',
    own_organisation: 'Housing organisation', own_departmentNumber: 'Department number', own_homes: 'Homes', own_residents: 'Residents', own_residentsYear: 'Residents counted in',
    own_board: 'Department board (yes/no)', own_commonRoom: 'Common room (yes/no)', own_address: 'Address', ownIllustrative: 'Illustrative (made-up) example',
    ownConfirmDelete: 'Delete “{name}”?', ownDeleted: '“{name}” was deleted', estimated: 'estimated', ownFile: 'File', ownCodeField: 'Code field', ownNameField: 'Name field',
    ownUploadHint: 'First a preview, with nothing saved; then everything is loaded, or nothing.', ownPreview: 'Preview', ownPreviewAgain: 'Preview again',
    ownChooseFile: 'Choose a file.', ownUnknownFile: '{name}: only .gpkg, .zip (Shapefile), .csv and .geojson can be loaded.', ownRefused: 'The file was not loaded',
    ownImported: '{n} areas loaded ({inserted} new, {updated} updated).', ownCommit: 'Load {n} areas', ownRow: 'Row', ownFields: 'Fields',
    ownMapping: 'Fields for the facts', ownProblems: '{n} problems: fix the file or the fields and preview again.', ownDryRun: '{format}, {crs}: {n} areas of {read} read.',
    level: 'Area level', parish: 'Parishes', municipality: 'Municipalities', postcode: 'Postcodes', region: 'Regions',
    variable: 'Show on map', outlinesOnly: 'Outlines only', areaKm2: 'Area (km²)', rankingScore: 'Ranking score',
    method: 'Classes', quantile: 'Quantiles (equal counts)', equal: 'Equal intervals', classes: 'Number of classes',
    overlays: 'Overlays', facilitiesLayer: 'Facilities', gridLayer: 'Population, 1 km grid', scenariosLayer: 'Health spots (scenarios)', background: 'Background map', noBackground: 'None (works offline)',
    legend: 'Legend', noData: 'No data', suppressed: 'Suppressed (small numbers)', unit: 'Unit', period: 'Period',
    notAvailable: 'Not available yet: the service has no {what} (answered 404).', loadFailed: 'Could not load {what}: {error}',
    clickArea: 'Click an area on the map to see its profile.',
    profileOf: 'Profile of {name}', inMunicipality: 'in {name} Municipality', indicator: 'Indicator', value: 'Value', ci: '95 % CI',
    vsMunicipality: 'Municipality', vsDenmark: 'Denmark', trend: 'Trend', sources: 'Sources',
    better: 'Better', similar: 'Similar', worse: 'Worse', higher: 'Higher', lower: 'Lower', not_compared: 'Not compared',
    comparisonKey: 'Colour: compared with Denmark (95 % confidence interval)', indicatorProfile: 'indicator profiles', indicators: 'indicators',
    rankingIntro: 'Choose indicators and weights. The list re-ranks as you drag.', weight: 'Weight for {name}', include: 'Include {name}',
    topN: 'Show top', rankingList: 'Highest need', rank: 'Rank', score: 'Score', rankInterval: 'Rank interval (sensitivity)',
    presetName: 'Preset name', savePreset: 'Save preset', loadPreset: 'Load preset', presetSaved: 'Preset saved', rankings: 'ranking',
    scope: 'Municipalities (codes, comma-separated; empty = all Denmark)', draws: 'Sensitivity: draws',
    exportCsv: 'CSV', exportGeoJson: 'GeoJSON', exportGis: 'For GIS (EPSG:25832):', exportGpkg: 'GeoPackage', exportFgb: 'FlatGeobuf', exportShp: 'Shapefile (zip)',
    planningIntro: 'Find the best places for health spots: choose demand, candidates, fixed spots, number and radius.',
    demand: 'Demand', demandGrid: 'Population on the 1 km grid (2021)', demandParish: 'Parishes (population-weighted centre)',
    candidates: 'Candidates', candFacilities: 'Existing facilities', candClicks: 'Points clicked on the map',
    addCandidates: 'Add candidates by clicking the map', stopAdding: 'Stop adding', clearCandidates: 'Clear candidates',
    candidateN: 'Candidate {n}', fixed: 'fixed', objective: 'Objective', mclp: 'Maximal coverage (MCLP)', pmedian: 'Least total distance (p-median)', lscp: 'Cover everyone with fewest sites (LSCP)',
    k: 'Number of sites (k)', radius: 'Radius (metres)', solve: 'Solve', solving: 'Solving…',
    chosen: 'Chosen sites', covered: 'Covered population: {covered} of {total} ({share})', meanDistance: 'Mean distance to the nearest chosen site: {metres} m',
    lscpImpossible: 'Full cover is impossible: {weight} residents live farther than {radius} m from every candidate site. The result covers everyone else.',
    unreachable: '{weight} residents cannot be reached from any candidate site along the streets and are left out of the distance.',
    beyondRadius: '{weight} residents live farther than {radius} m from every candidate site and cannot be covered.', marginal: 'Extra coverage per site',
    scenarioName: 'Scenario name', saveScenario: 'Save scenario', compare: 'Compare scenarios', scenario: 'Scenario', sites: 'Sites',
    planSolver: 'planning solver', needCandidates: 'Add at least one candidate.', needDemand: 'No demand: move the map centre into a municipality.',
    distanceMode: 'Distance', distance_straight: 'Straight line', distance_walk: 'Walking on the street network', distance_bike: 'Cycling on the street network',
    draft: 'Draft', published: 'Published', publish: 'Publish', unpublish: 'Make draft', state: 'State',
    scenarioSaved: 'Scenario saved and solved', delete: 'Delete', deleteScenario: 'Delete the scenario {name}', confirmDeleteScenario: 'Delete the scenario “{name}”?', scenarioDeleted: 'The scenario “{name}” was deleted', coveredShort: 'Covered', newlyCovered: 'B covers {n} people A does not, and loses {lost} (counted on A\'s demand).',
    illustrative: 'Illustrative', optimal: 'optimal', gap: 'gap to optimum {gap}',
    facilitiesIntro: 'Facilities by type. Planners can add and move sites.', facilities: 'facilities', type: 'Type', name: 'Name',
    addFacility: 'Add facility', clickToPlace: 'Click the map to place the facility.', save: 'Save', cancel: 'Cancel',
    saved: 'Saved', dragToMove: 'Drag a facility to move it.', allTypes: 'All types', filterType: 'Filter type',
    conflict: 'Someone else changed this facility. Reload and try again.', validation: 'Please fix: {errors}',
    attribution: 'Sources', printNote: 'Printed from Kortlægning {date}. Sources: see the foot of the map.',
    mapLabel: 'Map of Denmark', panelLabel: 'Side panel', close: 'Close',
    signedInAs: 'Signed in as {email}', signOut: 'Sign out', signIn: 'Sign in',
    parish1: 'Parish', municipality1: 'Municipality', postcode1: 'Postcode', region1: 'Region', tabFollowup: 'Follow-up',
    period_current: 'current', metres: 'metres',
    scoreHelpTitle: 'How to read the ranking',
    scoreHelp: 'The score combines the chosen indicators into one number (between 0 and 1 with the default method). For each indicator the area is placed among all areas (0 = least need, 1 = most), turned so that a higher number always means more need – e.g. more smokers or fewer in good health. The places are weighted with your weights. Higher score = more need; no. 1 has the most need.',
    intervalHelp: 'The numbers in brackets, e.g. [8–15], are the rank interval: when the weights are varied a little at random around your choice, the area lands between place 8 and 15 in 90 % of the trials. A narrow interval means a sure place; a wide one that the place depends much on the weights.',
    contextHint: 'Population and density are shown beside each area as context; they are not part of the score, since many residents are not a need in themselves.',
    intervalOf: 'Rank interval: place {lower} to {upper} in 90 % of the trials', scoreOf: 'Score {score} (higher = more need)',
    presetApplied: 'The preset “{name}” is loaded: {n} indicators with weights.', presetSignIn: 'Sign in as a planner to save a preset.',
    presetNeedName: 'Type a name for the preset first.', presetTaken: 'A preset with that name exists. Choose another.',
    osmFailed: 'The background map ({name}) could not be loaded – perhaps there is no internet connection. The map works without it; outlines and facilities still show.',
    facilitiesList: 'Facilities in the map view', facilitiesCount: '{n} facilities', noFacilitiesHere: 'No facilities in the map view.', zoomTo: 'Show {name} on the map',
    chooseType: 'Choose type', workshops: 'Workshops', newWorkshop: 'Create workshop',
    scenariosSaved: 'Saved scenarios', noScenarios: 'No saved scenarios yet.', pngLegend: 'Legend',
    problemGeneric: 'That did not work (error {status}).', problemNetwork: 'No connection to the service.',
    housing_department1: 'Housing department', local_community1: 'Local community', custom1: 'Own area', vsParish: 'Parish', inParish: 'in {name} parish',
    factsTitle: 'Facts about the area', factYes: 'yes', factNo: 'no', residentsEntered: 'entered', residentsEstimate: 'estimated from the 1 km grid',
    residentsWithheld: 'withheld (small numbers)', residentsUnknown: 'unknown', curatedTitle: 'From the applications', factSubject: 'About', factWhat: 'What',
    scope_department: 'this department', scope_organisation: 'the housing organisation', scope_municipality: 'the municipality',
    referenceOf: 'against {value} in {subject}', withheld: 'withheld (small numbers)',
    ownUnion: 'Combine parishes', ownUnionMembers: 'Parishes and departments', ownUnionHint: 'The local community becomes the union of the chosen areas: type parish codes (four digits) and department codes separated by commas.',
    csv_code: 'code', csv_name: 'name', csv_unit: 'unit', csv_period: 'period', csv_value: 'value', csv_lower: 'lower (95 %)', csv_upper: 'upper (95 %)',
    csv_parish: 'parish', csv_municipality: 'municipality', csv_denmark: 'Denmark', csv_comparison: 'comparison', csv_note: 'note', csv_source: 'source',
    csv_rank: 'rank', csv_score: 'score', csv_quintile: 'quintile', csv_rankLower: 'rank, lower', csv_rankUpper: 'rank, upper', csv_topNShare: 'share in top n',
    csv_periods: 'periods', csv_order: 'no.', csv_id: 'id', csv_lat: 'latitude', csv_lon: 'longitude', csv_fixed: 'fixed',
  },
};

let lang = 'da';

export function setLang(value) {
  lang = value === 'en' ? 'en' : 'da';
  if (globalThis.document) document.documentElement.lang = lang;
}

export function getLang() {
  return lang;
}

/** The string for key in the current language, with {name} placeholders filled from vars. */
export function t(key, vars = {}) {
  const text = STRINGS[lang][key] ?? STRINGS.da[key] ?? key;
  return text.replace(/\{(\w+)\}/g, (_, k) => (k in vars ? String(vars[k]) : `{${k}}`));
}

/** Names from the API come as {da, en} or as plain text. */
export function localName(name) {
  if (name && typeof name === 'object') return name[lang] ?? name.da ?? name.en ?? '';
  return name ?? '';
}

export function apply(root = document) {
  for (const el of root.querySelectorAll('[data-i18n]')) el.textContent = t(el.dataset.i18n);
  for (const el of root.querySelectorAll('[data-i18n-label]')) el.setAttribute('aria-label', t(el.dataset.i18nLabel));
  for (const el of root.querySelectorAll('[data-i18n-placeholder]')) el.placeholder = t(el.dataset.i18nPlaceholder);
  for (const el of root.querySelectorAll('[data-i18n-title]')) el.title = t(el.dataset.i18nTitle);
}

const UNITS = {
  da: { metres: 'meter', km2: 'km²', score: 'score', percent: '%', persons_per_km2: 'personer pr. km²', count: 'antal', years: 'år', per_1000: 'pr. 1.000' },
  en: { metres: 'metres', km2: 'km²', score: 'score', percent: '%', persons_per_km2: 'persons per km²', count: 'count', years: 'years', per_1000: 'per 1,000' },
};

/** A unit code from the API (percent, persons_per_km2, …) in words. */
export function unitLabel(unit) {
  return UNITS[lang][unit] ?? unit ?? '';
}

// The service's validation messages are English; the planner reads them in the page's language. Each entry: a pattern
// of the English message and the sentence in Danish ({1} = the pattern's first group).
const PROBLEMS = [
  [/k must be between 1 and the number of candidates \((\d+)\)/, 'Antal steder (k) skal være mellem 1 og antallet af kandidater ({1}).'],
  [/(\d+) fixed sites do not fit in k = (\d+)/, '{1} faste steder er flere end antal steder (k = {2}).'],
  [/Radius must be/, 'Radius skal være et positivt antal meter.'],
  [/At least one candidate/, 'Tilføj mindst én kandidat.'],
  [/At least one demand point/, 'Der er ingen efterspørgsel i kommunen.'],
  [/A name is required/, 'Skriv et navn.'],
  [/Unknown type|A type is required/, 'Vælg en type på listen.'],
  [/A location is required/, 'Klik på kortet for at placere stedet.'],
  [/1–(\d+) characters/, 'Skriv 1–{1} tegn.'],
  [/Who saved it/, 'Angiv hvem der gemmer (navn eller team).'],
  [/exists; choose another name/, 'Navnet er allerede brugt. Vælg et andet.'],
  [/is not a whole number/, 'Skriv et helt tal.'],
  [/Sign in|Authentication required|not signed in/i, 'Log ind for at gøre dette.'],
];
const FIELDS = { k: 'Antal steder (k)', radiusMetres: 'Radius', name: 'Navn', type: 'Type', author: 'Forfatter', indicators: 'Indikatorer', scope: 'Kommuner', candidates: 'Kandidater', demand: 'Efterspørgsel', fixed: 'Faste steder', geometry: 'Placering', capacity: 'Kapacitet' };

/** One English problem message of the service in the page's language (Danish: translated where known). Pure. */
export function problemSentence(message, field = '') {
  if (lang !== 'da') return field ? `${field}: ${message}` : String(message);
  for (const [re, da] of PROBLEMS) {
    const m = String(message).match(re);
    if (m) return da.replace(/\{(\d)\}/g, (_, i) => m[Number(i)] ?? '');
  }
  const base = String(field).split(/[.[]/).pop();
  return field ? `${FIELDS[base] ?? field}: ${message}` : String(message);
}

const NOTES = {
  da: { no_facility: 'ingen facilitet af typen', estimated: 'skønnet', suppressed: 'skjult (små tal)', 'no parish data': 'ingen tal for sogne', 'no municipality data': 'ingen tal for kommuner',
    'no postcode data': 'ingen tal for postnumre', 'no region data': 'ingen tal for regioner' },
  en: {},
};

/** A value note from the API ('estimated', 'no parish data', …) in the page's language. Pure. */
export function noteLabel(note) {
  if (!note) return '';
  return NOTES[lang][note] ?? String(note);
}

/** A period code from the API ('2023', 'current', …) as people read it. */
export function periodLabel(period) {
  if (!period) return '';
  const key = `period_${period}`;
  return key in STRINGS[lang] ? STRINGS[lang][key] : String(period);
}

export const KEYS = { da: Object.keys(STRINGS.da), en: Object.keys(STRINGS.en) };
