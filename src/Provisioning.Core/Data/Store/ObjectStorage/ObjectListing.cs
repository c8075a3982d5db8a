using System;
using System.Collections.Generic;

namespace Provisioning.Data.Store.ObjectStorage;

/// <summary>The objects under one prefix when it was listed: key to version.</summary>
/// <param name="Objects">Each key's length and ETag.</param>
/// <param name="ListedAt">When the listing finished, by the source's clock.</param>
internal sealed record ObjectListing(IReadOnlyDictionary<string, BarFileVersion> Objects, DateTimeOffset ListedAt);
