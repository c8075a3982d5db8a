using Provisioning.Collections;

namespace Provisioning.Data;

/// <summary>What a listing of the store found, and the directories it could not read.</summary>
/// <typeparam name="T">What is listed: symbols or intervals.</typeparam>
/// <param name="Items">The items found, in order.</param>
/// <param name="Problems">Directories that could not be read.</param>
public sealed record StoreListing<T>(EquatableArray<T> Items, EquatableArray<BarFileProblem> Problems)
    where T : System.IEquatable<T>;
