using Jsl.Runtime.Evaluation;

namespace Jsl.Builtins;

/// <summary>
/// The one place every built-in is registered: each category registers its own functions, named
/// here explicitly (no reflection, so the library stays NativeAOT-compatible). The README's list of
/// supported functions is generated from the resulting table (<c>jsl --functions</c>).
/// </summary>
internal static class BuiltinCatalog
{
    /// <summary>A table with every built-in jsl provides.</summary>
    public static BuiltinTable CreateDefault()
    {
        var table = new BuiltinTable();
        Core.AssignmentBuiltins.Register(table);
        Core.ArithmeticBuiltins.Register(table);
        Core.ComparisonBuiltins.Register(table);
        Core.FunctionBuiltins.Register(table);
        Namespaces.NamespaceBuiltins.Register(table);
        Namespaces.SymbolListing.Register(table);
        Core.ExpressionBuiltins.Register(table);
        Core.ExpressionPatterns.Register(table);
        Core.CollectionCoreBuiltins.Register(table);
        CustomFunctions.CustomFunctionBuiltins.Register(table);
        Control.ControlFlowBuiltins.Register(table);
        Control.EachBuiltins.Register(table);
        Control.ExtremeChoice.Register(table);
        Control.ProgrammingExtras.Register(table);
        Collections.ValueMapping.Register(table);
        Output.LogWindowBuiltins.Register(table);
        Control.ErrorBuiltins.Register(table);
        Control.HostBuiltins.Register(table);
        Control.RowSequence.Register(table);
        Control.ScriptArgumentsBuiltins.Register(table);
        Output.OutputBuiltins.Register(table);
        Strings.StringBuiltins.Register(table);
        Blobs.BlobBuiltins.Register(table);
        Collections.ListBuiltins.Register(table);
        Collections.AssociativeArrayBuiltins.Register(table);
        Collections.MatrixBuiltins.Register(table);
        Collections.SetBuiltins.Register(table);
        Collections.MatrixDiagonals.Register(table);
        Collections.MatrixAlgebra.Register(table);
        Collections.MatrixRanking.Register(table);
        Collections.CovarianceMatrices.Register(table);
        Numeric.NumericBuiltins.Register(table);
        Numeric.StatisticalBuiltins.Register(table);
        Numeric.MovingAverage.Register(table);
        Numeric.PiecewiseBuiltins.Register(table);
        Numeric.TrigonometricBuiltins.Register(table);
        Numeric.LogicalReductions.Register(table);
        Numeric.TypeBuiltins.Register(table);
        Probability.SpecialFunctionBuiltins.Register(table);
        Probability.SamplingDistributionBuiltins.Register(table);
        Probability.LifetimeDistributionBuiltins.Register(table);
        Probability.DiscreteDistributionBuiltins.Register(table);
        Probability.RandomVariateBuiltins.Register(table);
        Time.TimeBuiltins.Register(table);
        Time.DateArithmetic.Register(table);
        Json.JsonBuiltins.Register(table);
        Xml.XmlBuiltins.Register(table);
        Files.FileBuiltins.Register(table);
        Files.DirectoryBuiltins.Register(table);
        Files.IncludeBuiltins.Register(table);
        Sockets.SocketBuiltins.Register(table);
        Patterns.PatternBuiltins.Register(table);
        Classes.ClassBuiltins.Register(table);
        Trees.TreeNodeBuiltins.Register(table);
        Http.HttpRequestBuiltins.Register(table);
        Programs.RunProgramBuiltins.Register(table);
        UnavailableFunctions.Register(table);
        BuiltinSignatures.Apply(table);
        return table;
    }
}
