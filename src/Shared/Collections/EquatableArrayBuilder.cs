#if !PROVISIONING_GENERATOR
using System;

namespace Provisioning.Collections;

/// <summary>
/// Builds <see cref="EquatableArray{T}"/> values from collection expressions: <c>EquatableArray&lt;int&gt; a = [1, 2];</c>.
/// Without it the compiler would build them through the non-mutating <see cref="EquatableArray{T}.Add"/> and get an
/// empty array.
/// </summary>
public static class EquatableArray
{
    /// <summary>An array holding a copy of <paramref name="items"/>.</summary>
    public static EquatableArray<T> Create<T>(ReadOnlySpan<T> items)
        where T : IEquatable<T> =>
        EquatableArray<T>.FromOwnedArray(items.ToArray());
}
#endif
