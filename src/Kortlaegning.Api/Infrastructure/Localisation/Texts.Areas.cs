namespace Kortlaegning.Api.Infrastructure.Localisation;

/// <summary>Areas: parameters, own areas drawn or imported, unions.</summary>
public static partial class Texts
{
    public static readonly Text UnknownLevelOneOf = T("area.unknown_level", "Ukendt niveau '{0}'; en af: {1}.", "Unknown level '{0}'; one of: {1}.");
    public static readonly Text NumberRequired = T("field.number_required", "'{0}' skal udfyldes: et tal fra {1} til {2}.", "'{0}' is required: a number from {1} to {2}.");
    public static readonly Text NotANumberFromTo = T("field.not_number_from_to", "'{0}' er ikke et tal fra {1} til {2} (brug '.' som decimaltegn).", "'{0}' is not a number from {1} to {2} (use '.' as decimal separator).");
    public static readonly Text NotLonLatBox = T("field.not_lonlat_box", "'{0}' er ikke minLon,minLat,maxLon,maxLat i grader med min < max.", "'{0}' is not minLon,minLat,maxLon,maxLat in degrees with min < max.");
    public static readonly Text NotBoundaryFile = T("area.not_boundary_file", "Content-Type '{0}' er ikke en grænsefil; send {1}.", "Content-Type '{0}' is not a boundary file; send {1}.");
    public static readonly Text CodeFieldRequired = T("area.code_field_required", "'codeField' skal udfyldes: den egenskab, der rummer hvert områdes kode.", "'codeField' is required: the property that holds each area's code.");
    public static readonly Text NoFeatures = T("area.no_features", "Filen indeholder ingen objekter at importere.", "The file holds no features to import.");
    public static readonly Text NoAreaCreate = T("area.no_area_create", "Koden {1} findes ikke på niveauet {0}: send If-Match: * for at oprette området.", "No {0} with code {1}: send If-Match: * to create it.");
    public static readonly Text OfficialLevel = T("area.official_level", "{0} er et officielt niveau (DAGI): det ændres kun, når en national administrator importerer det (POST /api/areas/import). Egne niveauer: housing_department, local_community, custom.", "{0} is an official (DAGI) level: it changes only by a national admin's import (POST /api/areas/import). Own levels: housing_department, local_community, custom.");
    public static readonly Text AreaBodyFeature = T("area.body_feature", "Kroppen skal være et GeoJSON-Feature med en geometri og områdets egenskaber.", "The body must be a GeoJSON Feature with a geometry and the area's properties.");
    public static readonly Text NoStatedMunicipality = T("area.no_stated_municipality", "der findes ingen kommune {0}", "there is no municipality {0}");
    public static readonly Text OutsideStatedMunicipality = T("area.outside_stated_municipality", "området ligger uden for den angivne kommune {0} ({1:0} % inden for)", "the area lies outside its stated municipality {0} ({1:0} % inside)");
    public static readonly Text MostlyIn = T("area.mostly_in", "; det meste ligger i {0}", "; most of it is in {0}");
    public static readonly Text InNoMunicipality = T("area.in_no_municipality", "området ligger ikke i nogen kommune (uden for Danmark, eller koordinater i et andet koordinatsystem?)", "the area lies in no municipality (outside Denmark, or coordinates in another CRS?)");

    // Unions of areas.
    public static readonly Text UnionLevelOnly = T("union.level_only", "Kun lokalområder og egne områder kan laves som en sammenlægning af andre områder (ikke niveauet {0}); tegn eller importér områder på det niveau i stedet.", "Only local_community and custom areas can be defined as a union (not {0}): draw or import a {0} instead.");
    public static readonly Text AtMost200Characters = T("union.name_length", "Højst 200 tegn.", "At most 200 characters.");
    public static readonly Text ResidentsRule = T("union.residents_rule", "Et helt tal fra 0 til 1.000.000.", "A whole number from 0 to 1,000,000.");
    public static readonly Text YearRule = T("union.year_rule", "Et årstal fra 1900 til 2100.", "A year from 1900 to 2100.");
    public static readonly Text NoMember = T("union.no_member", "Koden {1} findes ikke på niveauet {0}.", "There is no {0} with code {1}.");
    public static readonly Text MembersNoArea = T("union.members_no_area", "Medlemmerne har intet areal (kun punkter eller linjer).", "The members have no area (points or lines only).");
    public static readonly Text AreaExists = T("union.area_exists", "Området {0} {1} findes allerede: ret det med PUT /api/areas/{2}/{1} (If-Match), eller vælg en anden kode.", "{0} {1} exists: change it with PUT /api/areas/{2}/{1} (If-Match), or choose another code.");
    public static readonly Text ListMembers = T("union.list_members", "Angiv medlemmerne: [{{\"level\":\"parish\",\"code\":\"8887\"}}, …].", "List the members: [{{\"level\":\"parish\",\"code\":\"8887\"}}, …].");
    public static readonly Text AtMostMembers = T("union.at_most_members", "Højst {0} medlemmer.", "At most {0} members.");
    public static readonly Text UnionMadeOf = T("union.made_of", "En sammenlægning består af {0}, ikke {1}.", "A union is made of {0}, not {1}.");
    public static readonly Text MemberOfItself = T("union.member_of_itself", "Et område kan ikke være medlem af sig selv.", "An area cannot be a member of itself.");
    public static readonly Text ListedTwice = T("union.listed_twice", "Området {0} {1} er med to gange.", "{0} {1} is listed twice.");
}
