using Jsl.Runtime.Evaluation;

namespace Jsl.Builtins.Probability;

/// <summary>
/// The normal distribution and the three built from it (Student's t, chi-square, F), as the
/// Scripting Index's Probability category names them. Noncentral chi-square and F are computed
/// (Poisson mixtures of the central forms); a noncentral t is a JSL error naming what is missing.
/// Decision: parameters outside their domain (a standard deviation or degrees of freedom ≤ 0) give
/// missing, as does a quantile at p = 0 or 1 (the infinite ends). <c>Probit</c> takes the optional
/// mean and standard deviation of <c>Normal Quantile</c>, whose other name it is in the Index.
/// </summary>
internal static class SamplingDistributionBuiltins
{
    private const string Category = "Probability";

    /// <summary>Decision: jsl does not compute Student's t with a noncentrality parameter; it says so rather than guess.</summary>
    private const string NoncentralT = "a noncentral t (nonCentrality other than 0) is not provided in jsl";

    /// <summary>Adds this category's functions to the table.</summary>
    public static void Register(BuiltinTable table)
    {
        Normal.Register(table, Category, withLogForms: true);
        table.Add(Category, "Probit", c => DistributionArguments.Apply(c, 1, [0, 1], Normal.Quantile));
        StudentsT.Register(table, Category, withLogForms: true, "Students t");
        ChiSquare.Register(table, Category, withLogForms: true);
        F.Register(table, Category, withLogForms: true);
    }

    private static double Standardized(double x, double mu, double sigma) => sigma > 0 ? (x - mu) / sigma : double.NaN;

    private static readonly DistributionFamily Normal = new(
        "Normal", 1, [0, 1],
        a => NormalFunctions.Density(Standardized(a[0], a[1], a[2])) / a[2],
        a =>
        {
            var z = Standardized(a[0], a[1], a[2]);
            return (NormalFunctions.Cdf(z), NormalFunctions.Complement(z));
        },
        a => a[2] > 0 ? a[1] + a[2] * NormalFunctions.Quantile(a[0]) : double.NaN)
    {
        LogDensity = a =>
        {
            var z = Standardized(a[0], a[1], a[2]);
            return -0.5 * z * z - SpecialFunctions.LogSqrtTwoPi - Math.Log(a[2]);
        },
        LogLower = a => NormalFunctions.LogCdf(Standardized(a[0], a[1], a[2])),
        LogUpper = a => NormalFunctions.LogComplement(Standardized(a[0], a[1], a[2])),
    };

    private static readonly DistributionFamily StudentsT = new(
        "t", 2, [0],
        a => ContinuousDistributions.TDensity(a[0], a[1]),
        a => ContinuousDistributions.TTails(a[0], a[1]),
        a => ContinuousDistributions.TQuantile(a[0], a[1]))
    {
        Reject = a => a[2] != 0 && !double.IsNaN(a[2]) ? NoncentralT : null,
    };

    private static readonly DistributionFamily ChiSquare = new(
        "ChiSquare", 2, [0],
        a => ContinuousDistributions.ChiSquareDensity(a[0], a[1], a[2]),
        a => ContinuousDistributions.ChiSquareTails(a[0], a[1], a[2]),
        a => ContinuousDistributions.ChiSquareQuantile(a[0], a[1], a[2]))
    {
        LogUpper = a => a[2] == 0 && a[1] > 0 && a[0] > 0 ? IncompleteGamma.LogUpper(a[1] / 2, a[0] / 2) : Math.Log(ContinuousDistributions.ChiSquareTails(a[0], a[1], a[2]).Upper),
    };

    private static readonly DistributionFamily F = new(
        "F", 3, [0],
        a => ContinuousDistributions.FDensity(a[0], a[1], a[2], a[3]),
        a => ContinuousDistributions.FTails(a[0], a[1], a[2], a[3]),
        a => ContinuousDistributions.FQuantile(a[0], a[1], a[2], a[3]));
}
