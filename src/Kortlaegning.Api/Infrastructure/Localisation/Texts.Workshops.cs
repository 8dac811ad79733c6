namespace Kortlaegning.Api.Infrastructure.Localisation;

/// <summary>
/// Workshops: what facilitators and residents read. The workshop pages ask in English and match some English texts
/// (web/workshop/js/i18n.js problemKey: "No workshop has that code", "another workshop" …), so the English stays as it was.
/// </summary>
public static partial class Texts
{
    public static readonly Text OneFocus = T("workshop.one_focus", "Angiv præcis én af focus.parishes, focus.housingDepartments eller focus.polygon.", "Give exactly one of focus.parishes, focus.housingDepartments or focus.polygon.");
    public static readonly Text WorkshopDateRequired = T("workshop.date_required", "'date' skal udfyldes (åååå-mm-dd).", "'date' is required (yyyy-mm-dd).");
    public static readonly Text CategoryRequired = T("workshop.category_required", "'category' skal udfyldes: en af workshoppens kategorinøgler.", "'category' is required: one of the workshop's category keys.");
    public static readonly Text GiveTextCategoryGeometry = T("workshop.give_text_category_geometry", "Angiv 'text', 'category' og/eller 'geometry'.", "Give 'text', 'category' and/or 'geometry'.");
    public static readonly Text OneOfCategoryKeys = T("workshop.one_of_category_keys", "En af workshoppens kategorinøgler.", "One of the workshop's category keys.");
    public static readonly Text GiveStatusCategory = T("workshop.give_status_category", "Angiv 'status' og/eller 'category'.", "Give 'status' and/or 'category'.");
    public static readonly Text JoinCodeRule = T("workshop.join_code_rule", "Koden, der står på skærmen, fx K7M2QX.", "The join code shown on the screen, e.g. K7M2QX.");
    public static readonly Text IncludeRule = T("workshop.include_rule", "'include' er 'published' (standard) eller 'all'.", "'include' is 'published' (default) or 'all'.");
    public static readonly Text NoWorkshopWithCode = T("workshop.no_workshop_with_code", "Ingen workshop har den kode.", "No workshop has that code.");
    public static readonly Text CategoriesArrayRequired = T("workshop.categories_array_required", "Der skal sendes et JSON-array af kategorier.", "A JSON array of categories is required.");
    public static readonly Text TokenOtherWorkshop = T("workshop.token_other_workshop", "Nøglen hører til en anden workshop; deltag i denne med dens kode.", "The token was issued for another workshop; join this one with its code.");
    public static readonly Text GiveOneTarget = T("workshop.give_one_target", "Angiv præcis én af 'annotationId' eller 'area'.", "Give exactly one of 'annotationId' or 'area'.");
    public static readonly Text KindRule = T("workshop.kind_rule", "'kind' er 'facility' eller 'candidate'.", "'kind' is 'facility' or 'candidate'.");
}
