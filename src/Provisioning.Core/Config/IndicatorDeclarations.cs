using System.Collections.Generic;
using System.Linq;
using Provisioning.Indicators.__Internals;

namespace Provisioning.Config;

/// <summary>The indicators a config may name, from the catalog, in the shape the shared config validator checks against.</summary>
internal static class IndicatorDeclarations
{
    public static IReadOnlyList<DeclaredIndicator> From(IndicatorCatalog catalog) =>
        catalog.Descriptors
            .Select(d => new DeclaredIndicator(
                d.Name,
                d.Parameters
                    .Select(p => new DeclaredIndicatorParameter(p.Name, p.Min, p.Max, p.Kind == IndicatorParameterKind.Integer, p.IsOptional))
                    .ToArray()))
            .ToArray();
}
