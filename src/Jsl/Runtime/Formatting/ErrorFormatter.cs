using Jsl.Runtime.Errors;
using Jsl.Syntax.Tree;

namespace Jsl.Runtime.Formatting;

/// <summary>JMP's error line: <c>MESSAGE in access or evaluation of 'HEAD' , EXPR/*###*/</c> (output.md §4.1).</summary>
internal static class ErrorFormatter
{
    /// <summary>
    /// What stands for the expression when it nests too deeply to print on this stack. Decision:
    /// the line still names the message and the head, so the user learns what failed and where
    /// (the position comes with the line), and a printer that ran out of stack never hides the error.
    /// </summary>
    internal const string TooDeepToPrint = "(expression nested too deeply to print)";

    /// <summary>The whole log line for a run-time error.</summary>
    public static string LogLine(JslRuntimeError error)
    {
        if (error.Node is null) return error.Text;
        return $"{error.Text} in access or evaluation of '{OneLineText.Of(HeadText(error.Node))}' , {OneLineText.Of(PrintedOrTooDeep(error.Node))}";
    }

    /// <summary>The name JMP quotes for a failing node: the function or variable name.</summary>
    public static string HeadText(Node node) => node switch
    {
        CallNode call => ExpressionPrinter.CanonicalName(call.Head) ?? call.HeadText,
        NameNode name => ExpressionPrinter.Print(name),
        _ => ExpressionPrinter.Print(node),
    };

    private static string PrintedOrTooDeep(Node node)
    {
        try
        {
            return ExpressionPrinter.Print(node, node);
        }
        catch (JslRuntimeError e) when (e.Text == DepthGuard.Message)
        {
            return TooDeepToPrint;
        }
        catch (InsufficientExecutionStackException)
        {
            // A value held in the expression (an associative array that holds itself, found by the
            // fuzzer) runs out of stack in the value printer, which has no node to report at.
            return TooDeepToPrint;
        }
    }
}
