namespace Kortlaegning.Api.Infrastructure.Localisation;

/// <summary>
/// CSV headers and report texts. The English CSV headers are the column names the service always wrote, so a script
/// that sends <c>Accept-Language: en</c> reads the same file as before; Danish is for people opening it in Excel.
/// </summary>
public static partial class Texts
{
    public static readonly Text[] ReportCsvHeader =
    [
        T("csv.report.table", "tabel", "table"), T("csv.report.name", "navn", "name"), T("csv.report.period", "periode", "period"),
        T("csv.report.target", "mål", "target"), T("csv.report.achieved", "opnået", "achieved"), T("csv.report.expected", "forventet", "expected"),
        T("csv.report.status", "status", "status"), T("csv.report.place", "sted", "place"), T("csv.report.track", "spor", "track"),
    ];

    public static readonly Text[] WorkshopCsvHeader =
    [
        T("csv.workshop.id", "id", "id"), T("csv.workshop.category", "kategori", "category"), T("csv.workshop.category_label", "kategorinavn", "category_label"),
        T("csv.workshop.text", "tekst", "text"), T("csv.workshop.status", "status", "status"), T("csv.workshop.geometry_type", "geometritype", "geometry_type"),
        T("csv.workshop.votes", "prikker", "votes"), T("csv.workshop.lon", "længdegrad", "lon"), T("csv.workshop.lat", "breddegrad", "lat"),
        T("csv.workshop.areas", "områder", "areas"), T("csv.workshop.blurred", "sløret", "blurred"), T("csv.workshop.merged_into", "flettet_ind_i", "merged_into"),
        T("csv.workshop.created_at", "oprettet", "created_at"),
    ];

    /// <summary>The indicator values download; the import (<c>ValueCsvReader</c>) reads either language's header.</summary>
    public static readonly Text[] ValuesCsvHeader =
    [
        T("csv.values.indicator", "indikator", "indicator"), T("csv.values.level", "niveau", "level"), T("csv.values.area_code", "områdekode", "area_code"),
        T("csv.values.area_name", "områdenavn", "area_name"), T("csv.values.municipality_code", "kommunekode", "municipality_code"),
        T("csv.values.period", "periode", "period"), T("csv.values.value", "værdi", "value"), T("csv.values.numerator", "tæller", "numerator"),
        T("csv.values.denominator", "nævner", "denominator"), T("csv.values.ci_low", "ki_nedre", "ci_low"), T("csv.values.ci_high", "ki_øvre", "ci_high"),
        T("csv.values.note", "note", "note"), T("csv.values.source", "kilde", "source"), T("csv.values.unit", "enhed", "unit"),
    ];

    public static readonly Text[] RankingCsvHeader =
    [
        T("csv.ranking.level", "niveau", "level"), T("csv.ranking.code", "kode", "code"), T("csv.ranking.name", "navn", "name"),
        T("csv.ranking.municipality_code", "kommunekode", "municipality_code"), T("csv.ranking.score", "score", "score"),
        T("csv.ranking.rank", "rang", "rank"), T("csv.ranking.quintile", "kvintil", "quintile"), T("csv.ranking.rank_p5", "rang_p5", "rank_p5"),
        T("csv.ranking.rank_p95", "rang_p95", "rank_p95"), T("csv.ranking.top_n_share", "andel_i_top_n", "top_n_share"),
        T("csv.ranking.flags", "markeringer", "flags"), T("csv.ranking.periods", "perioder", "periods"),
    ];

    /// <summary>The audit log download (GET /api/audit?format=csv): who changed what and when.</summary>
    public static readonly Text[] AuditCsvHeader =
    [
        T("csv.audit.id", "id", "id"), T("csv.audit.at", "tidspunkt", "at"), T("csv.audit.actor_kind", "aktørtype", "actor_kind"),
        T("csv.audit.actor_name", "aktør", "actor_name"), T("csv.audit.actor_id", "aktør_id", "actor_id"), T("csv.audit.endpoint", "endepunkt", "endpoint"),
        T("csv.audit.entity", "objekttype", "entity"), T("csv.audit.entity_id", "objekt_id", "entity_id"), T("csv.audit.municipality", "kommunekode", "municipality"),
        T("csv.audit.version_before", "version_før", "version_before"), T("csv.audit.version_after", "version_efter", "version_after"),
        T("csv.audit.action", "handling", "action"),
    ];

    // The OGC API's HTML pages (Ogc/OgcHtml).
    public static readonly Text OgcProperties = T("ogc.html.properties", "Egenskaber", "Properties");
    public static readonly Text OgcLinks = T("ogc.html.links", "Links", "Links");
    public static readonly Text OgcCollections = T("ogc.html.collections", "Samlinger", "Collections");
    public static readonly Text OgcFeatures = T("ogc.html.features", "Objekter", "Features");
    public static readonly Text OgcShown = T("ogc.html.shown", "{0} af {1} vist.", "{0} of {1} shown.");
    public static readonly Text OgcAsJson = T("ogc.html.as_json", "Som JSON", "As JSON");
    public static readonly Text OgcConformsTo = T("ogc.html.conforms_to", "Overholder", "Conforms to");

    public static readonly Text Yes = T("word.yes", "ja", "yes");
    public static readonly Text No = T("word.no", "nej", "no");

    // Follow-up report (HTML, Markdown, CSV).
    public static readonly Text Withheld = T("report.withheld", "skjult", "withheld");
    public static readonly Text MetricParticipants = T("report.metric.participants", "Deltagere", "Participants");
    public static readonly Text MetricNewParticipants = T("report.metric.new_participants", "Nye deltagere", "New participants");
    public static readonly Text MetricAmbassadors = T("report.metric.ambassadors", "Ambassadører", "Ambassadors");
    public static readonly Text MetricConversations = T("report.metric.conversations", "Samtaler (kontakter)", "Conversations (contacts)");
    public static readonly Text MetricNewActivities = T("report.metric.new_activities", "Nye aktiviteter", "New activities");
    public static readonly Text MetricEachPlace = T("report.metric.activities_in_each_place", "Fokussteder med mindst én aktivitet", "Focus places with at least one activity");
    public static readonly Text MetricHealthSpots = T("report.metric.health_spots", "Sundhedspunkter", "Health spots");
    public static readonly Text StatusAhead = T("report.status.ahead", "foran", "ahead");
    public static readonly Text StatusOnTrack = T("report.status.on_track", "på sporet", "on track");
    public static readonly Text StatusBehind = T("report.status.behind", "bagud", "behind");
    public static readonly Text PeriodYear = T("report.period.year", "året {0}", "the year {0}");
    public static readonly Text PeriodQuarter = T("report.period.quarter", "{0}. kvartal {1}", "quarter {0} of {1}");
    public static readonly Text ReportTitle = T("report.title", "{0} – statusrapport {1}", "{0} – status report {1}");
    public static readonly Text ReportFor = T("report.for", "Statusrapport for {0} · kommune {1}", "Status report for {0} · municipality {1}");
    public static readonly Text ProjectPeriod = T("report.project_period", "projektperiode {0} – {1}", "project period {0} – {1}");
    public static readonly Text FiguresThrough = T("report.figures_through", "tal til og med {0}", "figures up to and including {0}");
    public static readonly Text Generated = T("report.generated", "dannet {0} UTC", "generated {0} UTC");
    public static readonly Text RawCounts = T("report.raw_counts", "Rå tal til kommunens planlæggere – må ikke offentliggøres som de er.", "Raw counts for the municipality's planners – not to be published as they are.");
    public static readonly Text RawCountsShort = T("report.raw_counts_short", "Rå tal – må ikke offentliggøres som de er.", "Raw counts – not to be published as they are.");
    public static readonly Text Published = T("report.published", "Offentliggjorte tal: antal under {0} og totaler, hvis forskel ville afsløre et sådant, er skjult (\"{1}\").", "Published figures: counts below {0}, and totals whose difference would reveal one, are withheld (\"{1}\").");
    public static readonly Text PublishedShort = T("report.published_short", "Antal under {0} og totaler, hvis forskel ville afsløre et sådant, er skjult.", "Counts below {0}, and totals whose difference would reveal one, are withheld.");
    public static readonly Text MapHeading = T("report.h.map", "Kort over fokusområderne", "Map of the focus areas");
    public static readonly Text TargetsHeading = T("report.h.targets", "Mål og fremdrift", "Targets and progress");
    public static readonly Text NoTargets = T("report.no_targets", "Ingen mål for perioden.", "No targets for the period.");
    public static readonly Text ColTarget = T("report.col.target", "Mål", "Target");
    public static readonly Text ColPeriod = T("report.col.period", "Periode", "Period");
    public static readonly Text ColAchieved = T("report.col.achieved", "Opnået", "Achieved");
    public static readonly Text ColExpectedByDate = T("report.col.expected_by_date", "Forventet pr. dato", "Expected by date");
    public static readonly Text ColExpected = T("report.col.expected", "Forventet", "Expected");
    public static readonly Text ColStatus = T("report.col.status", "Status", "Status");
    public static readonly Text ColProgress = T("report.col.progress", "Fremdrift", "Progress");
    public static readonly Text OfTarget = T("report.of_target", "{0} % af målet", "{0} % of the target");
    public static readonly Text ExpectedNote = T("report.expected_note", "Forventet = målet × den del af målperioden, der er gået (dag for dag); \"på sporet\" inden for ±10 %. Rød streg: forventet.", "Expected = the target × the part of the target period that has passed (day by day); \"on track\" within ±10 %. Red line: expected.");
    public static readonly Text FiguresHeading = T("report.h.figures", "Perioden i tal", "The period in figures");
    public static readonly Text ActivitiesRunning = T("report.activities_running", "Aktiviteter i gang", "Activities running");
    public static readonly Text ActivitiesStarted = T("report.activities_started", "Aktiviteter startet", "Activities started");
    public static readonly Text MonthlyHeading = T("report.h.monthly", "Deltagere pr. måned", "Participants per month");
    public static readonly Text ColMonth = T("report.col.month", "Måned", "Month");
    public static readonly Text ColParticipants = T("report.col.participants", "Deltagere", "Participants");
    public static readonly Text PlacesHeading = T("report.h.places", "Fokusområder", "Focus areas");
    public static readonly Text ColPlace = T("report.col.place", "Sted", "Place");
    public static readonly Text ColActivities = T("report.col.activities", "Aktiviteter", "Activities");
    public static readonly Text EquityHeading = T("report.h.equity", "Lighed", "Equity");
    public static readonly Text EquityText = T("report.equity", "Andel i de sogne, der ligger i den øverste femtedel af behovsrangeringen «{0}» ({1} sogne): aktiviteter {2} ({3} af {4}), deltagere {5}.", "Share in the parishes in the top fifth of the need ranking «{0}» ({1} parishes): activities {2} ({3} of {4}), participants {5}.");
    public static readonly Text EquityShort = T("report.equity_short", "Øverste femtedel af «{0}»: aktiviteter {1} ({2} af {3}), deltagere {4}.", "Top fifth of «{0}»: activities {1} ({2} of {3}), participants {4}.");
    public static readonly Text NoRankingChosen = T("report.no_ranking", "Ingen behovsrangering valgt.", "No need ranking chosen.");
    public static readonly Text NoRankingHint = T("report.no_ranking_hint", "Ingen behovsrangering valgt (tilføj <code>ranking=</code> med en forudindstillings id).", "No need ranking chosen (add <code>ranking=</code> with a preset's id).");
    public static readonly Text WorkshopsHeading = T("report.h.workshops", "Workshops", "Workshops");
    public static readonly Text NoWorkshops = T("report.no_workshops", "Ingen afsluttede workshops i kommunen.", "No closed workshops in the municipality.");
    public static readonly Text ColWorkshop = T("report.col.workshop", "Workshop", "Workshop");
    public static readonly Text ColDate = T("report.col.date", "Dato", "Date");
    public static readonly Text ColCategory = T("report.col.category", "Kategori", "Category");
    public static readonly Text ColPublishedNotes = T("report.col.published_notes", "Offentliggjorte noter", "Published notes");
    public static readonly Text ColNotes = T("report.col.notes", "Noter", "Notes");
    public static readonly Text ActivitiesHeading = T("report.h.activities", "Aktiviteter", "Activities");
    public static readonly Text ColActivity = T("report.col.activity", "Aktivitet", "Activity");
    public static readonly Text ColType = T("report.col.type", "Type", "Type");
    public static readonly Text ColStart = T("report.col.start", "Start", "Start");
    public static readonly Text ColEnd = T("report.col.end", "Slut", "End");
    public static readonly Text SourcesHeading = T("report.h.sources", "Kilder", "Sources");
    public static readonly Text NoShapes = T("report.no_shapes", "Ingen fokusområder med kendt afgrænsning.", "No focus areas with a known outline.");
    public static readonly Text MapLabel = T("report.map_label", "Kort over fokusområder og aktiviteter", "Map of focus areas and activities");
    public static readonly Text LegendFocus = T("report.legend.focus", "fokusområde", "focus area");
    public static readonly Text LegendActivity = T("report.legend.activity", "aktivitet", "activity");
    public static readonly Text LegendCrs = T("report.legend.crs", "ETRS89 / UTM 32N, nord opad", "ETRS89 / UTM 32N, north up");
    public static readonly Text NoMonths = T("report.no_months", "Ingen måneder.", "No months.");

    // Workshop summary (HTML, Markdown).
    public static readonly Text SummaryLine = T("summary.line", "{0} · kommune {1} · {2} bidrag", "{0} · municipality {1} · {2} contributions");
    public static readonly Text SummaryByCategory = T("summary.h.by_category", "Bidrag pr. kategori", "Contributions by category");
    public static readonly Text SummaryByArea = T("summary.h.by_area", "Bidrag pr. område og kategori", "Contributions by area and category");
    public static readonly Text SummaryTopVoted = T("summary.h.top_voted", "Flest prikker", "Most dots");
    public static readonly Text SummaryAreaVotes = T("summary.h.area_votes", "Prikker på områder", "Dots on areas");
    public static readonly Text SummaryCategory = T("summary.col.category", "Kategori", "Category");
    public static readonly Text SummaryCount = T("summary.col.count", "Antal", "Count");
    public static readonly Text SummaryArea = T("summary.col.area", "Område", "Area");
    public static readonly Text SummaryDots = T("summary.dots", "{0} prikker", "{0} dots");
    public static readonly Text SummaryOutside = T("summary.outside", "uden for områderne", "outside the areas");
}
