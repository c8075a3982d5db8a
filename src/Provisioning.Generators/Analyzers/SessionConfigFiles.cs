using System;
using System.IO;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Provisioning.Generators.Analyzers;

/// <summary>
/// Which additional files are session configs: an <c>AdditionalFiles</c> item whose file name is
/// <c>session.json</c> or ends with <c>.session.json</c>, or any additional file with the item metadata
/// <c>ProvisioningConfig="true"</c> (made visible to analyzers by the package's build props through
/// <c>CompilerVisibleItemMetadata</c>). <c>ProvisioningConfig="false"</c> opts a conventionally named file out.
/// </summary>
internal static class SessionConfigFiles
{
    public const string FileName = "session.json";
    public const string FileSuffix = ".session.json";
    public const string MetadataKey = "build_metadata.AdditionalFiles.ProvisioningConfig";

    public static bool IsSessionConfig(AdditionalText file, AnalyzerConfigOptionsProvider options)
    {
        if (options.GetOptions(file).TryGetValue(MetadataKey, out var flag) && !string.IsNullOrWhiteSpace(flag))
        {
            return string.Equals(flag.Trim(), "true", StringComparison.OrdinalIgnoreCase);
        }

        var name = Path.GetFileName(file.Path);
        return string.Equals(name, FileName, StringComparison.OrdinalIgnoreCase)
            || name.EndsWith(FileSuffix, StringComparison.OrdinalIgnoreCase);
    }
}
