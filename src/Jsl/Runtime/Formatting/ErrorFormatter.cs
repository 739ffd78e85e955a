using Jsl.Runtime.Errors;
using Jsl.Syntax.Tree;

namespace Jsl.Runtime.Formatting;

/// <summary>JMP's error line: <c>MESSAGE in access or evaluation of 'HEAD' , EXPR/*###*/</c> (output.md §4.1).</summary>
public static class ErrorFormatter
{
    /// <summary>The whole log line for a run-time error.</summary>
    public static string LogLine(JslRuntimeError error)
    {
        if (error.Node is null) return error.Text;
        return $"{error.Text} in access or evaluation of '{HeadText(error.Node)}' , {ExpressionPrinter.Print(error.Node, error.Node)}";
    }

    /// <summary>The name JMP quotes for a failing node: the function or variable name.</summary>
    public static string HeadText(Node node) => node switch
    {
        CallNode call => ExpressionPrinter.CanonicalName(call.Head) ?? call.HeadText,
        NameNode name => ExpressionPrinter.Print(name),
        _ => ExpressionPrinter.Print(node),
    };
}
