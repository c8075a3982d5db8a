using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.IO;
using System.Linq;
using System.Reflection;
using Provisioning.Data;
using Provisioning.TestSupport;
using Xunit;

namespace Provisioning.Core.Tests.PublicSurface;

/// <summary>
/// Core's public surface stays learnable: a bounded number of visible public types, each listed in the PublicAPI files,
/// and what only generated code calls in a concept's <c>__Internals</c> namespace whose every type is hidden from IntelliSense.
/// </summary>
public sealed class PublicSurfaceTests
{
    /// <summary>
    /// Issue #13's bound: each visible type is one an author writes against (92 when it was reached; what only
    /// generated code calls is in the hidden <c>__Internals</c> namespaces). Issue #15 added four an author reads:
    /// <c>RemovalResult</c> and <c>RemovalStatus</c>, what every <c>Remove…Async</c> returns; <c>BarGap</c>, the
    /// gaps of a history load on an addition's result; and <c>ConfigReloadResult</c>, what <c>ReloadAsync</c> returns.
    /// Four that no author writes against went internal to meet the bound of 90: <c>SampleDataGenerator</c> (the CLI's
    /// <c>sample-data</c>, the sample and the tests use it), <c>IntervalRequirement</c> (the planner's input),
    /// <c>ValidationProblem</c> and <c>ValidationProblemKind</c> (Step 0's machine form of a check's <c>Reason</c>).
    /// </summary>
    private const int MaxVisibleTypes = 90;

    private const string HiddenSuffix = ".__Internals";

    private static readonly Type[] s_exported = typeof(Bar).Assembly.GetExportedTypes();

    [Fact]
    public void Visible_public_types_stay_within_the_bound()
    {
        var visible = s_exported.Where(t => !IsHidden(t)).Select(t => t.FullName).Order(StringComparer.Ordinal).ToArray();

        Assert.True(
            visible.Length <= MaxVisibleTypes,
            $"{visible.Length} visible public types, more than {MaxVisibleTypes}:{Environment.NewLine}{string.Join(Environment.NewLine, visible)}");
    }

    [Fact]
    public void Every_type_of_a_hidden_namespace_is_hidden_and_only_they_hold_hidden_types()
    {
        var inHidden = s_exported.Where(InHiddenNamespace).ToArray();
        var hiddenElsewhere = s_exported.Where(t => !InHiddenNamespace(t) && !t.IsNested && IsHidden(t)).Select(t => t.FullName);

        Assert.NotEmpty(inHidden);
        Assert.Empty(inHidden.Where(t => !IsHidden(t)).Select(t => t.FullName));
        Assert.Empty(hiddenElsewhere);
    }

    [Fact]
    public void Every_public_type_is_listed_in_the_public_api_files()
    {
        var folder = Path.Combine(RepositoryLayout.Root, "src", "Provisioning.Core");
        var listed = File.ReadLines(Path.Combine(folder, "PublicAPI.Shipped.txt"))
            .Concat(File.ReadLines(Path.Combine(folder, "PublicAPI.Unshipped.txt")))
            .Select(line => line.Trim())
            .ToHashSet(StringComparer.Ordinal);

        var unlisted = s_exported.Select(ApiName).Where(name => !listed.Contains(name));

        Assert.Empty(unlisted);
    }

    private static bool InHiddenNamespace(Type type) => type.Namespace?.EndsWith(HiddenSuffix, StringComparison.Ordinal) == true;

    private static bool IsHidden(Type type) =>
        type.GetCustomAttribute<EditorBrowsableAttribute>() is { State: EditorBrowsableState.Never };

    /// <summary>A type as the PublicAPI files write it: <c>Namespace.Outer.Inner&lt;T&gt;</c>.</summary>
    private static string ApiName(Type type)
    {
        var name = type.Name;
        var tick = name.IndexOf('`', StringComparison.Ordinal);
        if (tick >= 0)
        {
            var own = type.GetGenericArguments().Skip(type.DeclaringType?.GetGenericArguments().Length ?? 0).Select(a => a.Name);
            name = name[..tick] + "<" + string.Join(", ", own) + ">";
        }

        return type.DeclaringType is { } outer ? ApiName(outer) + "." + name : type.Namespace + "." + name;
    }
}
