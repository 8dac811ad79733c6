namespace Kortlaegning.Api.Followup;

/// <summary>Kinds of activity (JSON names snake_case: <c>health_spot</c> is a health spot's opening hours).</summary>
public enum ActivityKind { Activity, Course, HealthSpot, Walk, ConversationService, Event }

public enum ActivityStatus { Planned, Running, Ended }

public enum PlaceType { Facility, Department, Point }

public enum PartnerKind { HousingOrganisation, Association, MunicipalService, Research, Other }

public enum ReportFormat { Html, Md, Csv }
