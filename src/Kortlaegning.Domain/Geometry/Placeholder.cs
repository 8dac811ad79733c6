namespace Kortlaegning.Domain.Geometry;
