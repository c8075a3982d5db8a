using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;

namespace Provisioning.Collections;

/// <summary>
/// An immutable array compared by its elements, so records and pipeline models that hold lists keep value equality.
/// </summary>
/// <typeparam name="T">An element type with value equality.</typeparam>
#if NET8_0_OR_GREATER
[System.Runtime.CompilerServices.CollectionBuilder(typeof(EquatableArray), nameof(EquatableArray.Create))]
#endif
public readonly struct EquatableArray<T> : IEquatable<EquatableArray<T>>, IReadOnlyList<T>
    where T : IEquatable<T>
{
    private readonly T[]? _items;

    /// <summary>Wraps a copy of <paramref name="items"/>.</summary>
    public EquatableArray(IEnumerable<T> items)
    {
        _items = items.ToArray();
    }

    private EquatableArray(T[] items, bool owned)
    {
        _ = owned;
        _items = items;
    }

    /// <summary>The empty array.</summary>
    public static EquatableArray<T> Empty => default;

    /// <summary>The number of elements.</summary>
    public int Count => _items?.Length ?? 0;

    /// <summary>True when there are no elements.</summary>
    public bool IsEmpty => Count == 0;

    /// <summary>The element at <paramref name="index"/>.</summary>
    public T this[int index] => (_items ?? throw new ArgumentOutOfRangeException(nameof(index)))[index];

    /// <summary>Takes ownership of an array the caller will not change again.</summary>
    public static EquatableArray<T> FromOwnedArray(T[] items) => new(items, owned: true);

    /// <summary>Makes an array of the given elements.</summary>
    public static EquatableArray<T> Of(params T[] items) => new((T[])items.Clone(), owned: true);

    /// <summary>A new array: this one with <paramref name="item"/> appended.</summary>
    /// <remarks>Not named <c>Add</c>: a collection initializer would call it and drop the result.</remarks>
    public EquatableArray<T> Append(T item)
    {
        var copy = new T[Count + 1];
        _items?.CopyTo(copy, 0);
        copy[Count] = item;
        return new EquatableArray<T>(copy, owned: true);
    }

    /// <inheritdoc />
    public bool Equals(EquatableArray<T> other)
    {
        var left = _items ?? Array.Empty<T>();
        var right = other._items ?? Array.Empty<T>();
        if (left.Length != right.Length)
        {
            return false;
        }

        for (var i = 0; i < left.Length; i++)
        {
            if (!EqualityComparer<T>.Default.Equals(left[i], right[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is EquatableArray<T> other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        unchecked
        {
            var hash = 17;
            foreach (var item in _items ?? Array.Empty<T>())
            {
                hash = (hash * 31) + (item is null ? 0 : EqualityComparer<T>.Default.GetHashCode(item));
            }

            return hash;
        }
    }

    /// <summary>Equality by elements.</summary>
    public static bool operator ==(EquatableArray<T> left, EquatableArray<T> right) => left.Equals(right);

    /// <summary>Inequality by elements.</summary>
    public static bool operator !=(EquatableArray<T> left, EquatableArray<T> right) => !left.Equals(right);

    /// <inheritdoc />
    public IEnumerator<T> GetEnumerator() => ((IEnumerable<T>)(_items ?? Array.Empty<T>())).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>The elements, comma separated, in brackets.</summary>
    public override string ToString() => "[" + string.Join(", ", this) + "]";
}

#if NET8_0_OR_GREATER
/// <summary>Builds <see cref="EquatableArray{T}"/> values, for collection expressions: <c>EquatableArray&lt;string&gt; a = ["x"];</c>.</summary>
internal static class EquatableArray
{
    /// <summary>An array holding a copy of <paramref name="items"/>.</summary>
    public static EquatableArray<T> Create<T>(ReadOnlySpan<T> items)
        where T : IEquatable<T> => EquatableArray<T>.FromOwnedArray(items.ToArray());
}
#endif
