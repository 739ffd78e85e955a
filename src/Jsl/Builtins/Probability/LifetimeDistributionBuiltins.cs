using Jsl.Runtime.Evaluation;

namespace Jsl.Builtins.Probability;

/// <summary>
/// The gamma, beta, exponential, Weibull, lognormal, Cauchy and logistic distributions of the
/// Scripting Index's Probability category, with the Index's argument orders and defaults
/// (threshold, scale and range parameters applied to the standard forms). <c>IGamma</c> is, as the
/// Index says, another name for <c>Gamma Distribution</c>. Invalid parameters give missing.
/// </summary>
internal static class LifetimeDistributionBuiltins
{
    private const string Category = "Probability";

    /// <summary>Adds this category's functions to the table.</summary>
    public static void Register(BuiltinTable table)
    {
        Gamma.Register(table, Category, withLogForms: true);
        table.Add(Category, "IGamma", c => DistributionArguments.Apply(c, 1, [1, 1, 0], a => Gamma.Tails(a).Lower));
        Beta.Register(table, Category, withLogForms: false);
        Exponential.Register(table, Category, withLogForms: false, "Exponential");
        Weibull.Register(table, Category, withLogForms: false);
        Lognormal.Register(table, Category, withLogForms: false);
        Cauchy.Register(table, Category, withLogForms: false);
        Logistic.Register(table, Category, withLogForms: false);
    }

    private static bool Positive(double scale) => scale > 0 && double.IsFinite(scale);

    // Gamma(q, alpha = 1, scale = 1, threshold = 0)
    private static readonly DistributionFamily Gamma = new(
        "Gamma", 1, [1, 1, 0],
        a => Positive(a[2]) ? ContinuousDistributions.GammaDensity((a[0] - a[3]) / a[2], a[1]) / a[2] : double.NaN,
        a => Positive(a[2]) ? ContinuousDistributions.GammaTails((a[0] - a[3]) / a[2], a[1]) : (double.NaN, double.NaN),
        a => Positive(a[2]) ? a[3] + a[2] * ContinuousDistributions.GammaQuantile(a[0], a[1]) : double.NaN)
    {
        LogUpper = a => Positive(a[2]) && a[1] > 0 && a[0] > a[3]
            ? IncompleteGamma.LogUpper(a[1], (a[0] - a[3]) / a[2])
            : Math.Log(Positive(a[2]) ? ContinuousDistributions.GammaTails((a[0] - a[3]) / a[2], a[1]).Upper : double.NaN),
    };

    // Beta(q, alpha, beta, theta = 0, sigma = 1): support [theta, theta + sigma].
    private static readonly DistributionFamily Beta = new(
        "Beta", 3, [0, 1],
        a => Positive(a[4]) ? ContinuousDistributions.BetaDensity((a[0] - a[3]) / a[4], a[1], a[2]) / a[4] : double.NaN,
        a => Positive(a[4])
            ? ContinuousDistributions.BetaTails((a[0] - a[3]) / a[4], (a[3] + a[4] - a[0]) / a[4], a[1], a[2])
            : (double.NaN, double.NaN),
        a => Positive(a[4]) ? a[3] + a[4] * ContinuousDistributions.BetaQuantile(a[0], a[1], a[2]) : double.NaN);

    // Exp(x, theta = 1). Decision: theta is the scale (the mean), not the rate; the Index calls it only
    // "parameter theta", and its example's axis (density up to 0.45 for theta 2) fits the scale.
    private static readonly DistributionFamily Exponential = new(
        "Exp", 1, [1],
        a => !Positive(a[1]) ? double.NaN : a[0] < 0 ? 0 : Math.Exp(-a[0] / a[1]) / a[1],
        a => !Positive(a[1]) ? (double.NaN, double.NaN) : a[0] <= 0 ? (0, 1) : (-SpecialFunctions.ExpM1(-a[0] / a[1]), Math.Exp(-a[0] / a[1])),
        a => Positive(a[1]) && a[0] >= 0 && a[0] < 1 ? -a[1] * SpecialFunctions.Log1P(-a[0]) : double.NaN);

    // Weibull(x, shape, scale = 1, threshold = 0).
    private static readonly DistributionFamily Weibull = new(
        "Weibull", 2, [1, 0],
        a => WeibullDensity(a[0], a[1], a[2], a[3]),
        a => WeibullTails(a[0], a[1], a[2], a[3]),
        a => Positive(a[1]) && Positive(a[2]) && a[0] >= 0 && a[0] < 1 ? a[3] + a[2] * Math.Pow(-SpecialFunctions.Log1P(-a[0]), 1 / a[1]) : double.NaN);

    private static double WeibullDensity(double x, double shape, double scale, double threshold)
    {
        if (!Positive(shape) || !Positive(scale)) return double.NaN;
        var z = (x - threshold) / scale;
        if (z < 0) return 0;
        if (z == 0) return shape == 1 ? 1 / scale : shape > 1 ? 0 : double.NaN;
        var power = Math.Pow(z, shape);
        return shape / scale * power / z * Math.Exp(-power);
    }

    private static (double Lower, double Upper) WeibullTails(double x, double shape, double scale, double threshold)
    {
        if (!Positive(shape) || !Positive(scale)) return (double.NaN, double.NaN);
        var z = (x - threshold) / scale;
        if (z <= 0) return (0, 1);
        var power = Math.Pow(z, shape);
        return (-SpecialFunctions.ExpM1(-power), Math.Exp(-power));
    }

    // Lognormal(x, mu, sigma): log(x) is normal with mean mu and standard deviation sigma. Decision: mu and
    // sigma are required here, as the Index writes them without defaults (Random Lognormal has defaults).
    private static readonly DistributionFamily Lognormal = new(
        "Lognormal", 3, [],
        a => !Positive(a[2]) ? double.NaN : a[0] <= 0 ? 0 : NormalFunctions.Density((Math.Log(a[0]) - a[1]) / a[2]) / (a[2] * a[0]),
        a =>
        {
            if (!Positive(a[2])) return (double.NaN, double.NaN);
            if (a[0] <= 0) return (0, 1);
            var z = (Math.Log(a[0]) - a[1]) / a[2];
            return (NormalFunctions.Cdf(z), NormalFunctions.Complement(z));
        },
        a => Positive(a[2]) ? Math.Exp(a[1] + a[2] * NormalFunctions.Quantile(a[0])) : double.NaN);

    // Cauchy(q, center = 0, scale = 1).
    private static readonly DistributionFamily Cauchy = new(
        "Cauchy", 1, [0, 1],
        a =>
        {
            if (!Positive(a[2])) return double.NaN;
            var z = (a[0] - a[1]) / a[2];
            return 1 / (Math.PI * a[2] * (1 + z * z));
        },
        a =>
        {
            if (!Positive(a[2])) return (double.NaN, double.NaN);
            // The far tail is atan(1/|z|)/π, which keeps its digits where ½ + atan(z)/π cancels.
            var z = (a[0] - a[1]) / a[2];
            var tail = Math.Atan(1 / Math.Abs(z)) / Math.PI;
            return z < 0 ? (tail, 1 - tail) : (1 - tail, tail);
        },
        a =>
        {
            if (!Positive(a[2]) || !(a[0] > 0 && a[0] < 1)) return double.NaN;
            var p = a[0];
            var z = p < 0.5 ? -1 / Math.Tan(Math.PI * p) : 1 / Math.Tan(Math.PI * (1 - p));
            return a[1] + a[2] * z;
        });

    // Logistic(x, mu, sigma).
    private static readonly DistributionFamily Logistic = new(
        "Logistic", 3, [],
        a =>
        {
            if (!Positive(a[2])) return double.NaN;
            var e = Math.Exp(-Math.Abs((a[0] - a[1]) / a[2]));
            return e / (a[2] * (1 + e) * (1 + e));
        },
        a =>
        {
            if (!Positive(a[2])) return (double.NaN, double.NaN);
            var z = (a[0] - a[1]) / a[2];
            return (SpecialFunctionBuiltins.Logist(z), SpecialFunctionBuiltins.Logist(-z));
        },
        a => Positive(a[2]) ? a[1] + a[2] * SpecialFunctionBuiltins.Logit(a[0]) : double.NaN);
}
