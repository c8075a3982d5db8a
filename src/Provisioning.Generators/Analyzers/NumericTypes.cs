using Microsoft.CodeAnalysis;

namespace Provisioning.Generators.Analyzers;

/// <summary>Which parameter types indicator parameters may have, and which of them are whole numbers.</summary>
internal static class NumericTypes
{
    public static bool IsNumeric(ITypeSymbol type) => IsWholeNumber(type) || type.SpecialType is
        SpecialType.System_Double or SpecialType.System_Single or SpecialType.System_Decimal;

    public static bool IsWholeNumber(ITypeSymbol type) => type.SpecialType is
        SpecialType.System_Int32 or SpecialType.System_Int64 or SpecialType.System_Int16 or SpecialType.System_Byte
        or SpecialType.System_SByte or SpecialType.System_UInt16 or SpecialType.System_UInt32 or SpecialType.System_UInt64;
}
