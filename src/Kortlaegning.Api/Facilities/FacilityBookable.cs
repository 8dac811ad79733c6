namespace Kortlaegning.Api.Facilities;

/// <summary>Whether external partners can book a facility (column <c>bookable</c>; names: yes, no, on_request).</summary>
public enum FacilityBookable { Yes, No, OnRequest }
