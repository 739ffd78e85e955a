using System.Text;

namespace Jsl.Builtins.Programs;

/// <summary>Splits an <c>Options("...")</c> string into arguments as a command line is split: at spaces, with double quotes grouping.</summary>
internal static class CommandLineWords
{
    /// <summary>The words of <paramref name="line"/>; quotes are removed, <c>\"</c> is a literal quote.</summary>
    public static List<string> Split(string line)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        var quoted = false;
        var any = false;
        for (var i = 0; i < line.Length; i++)
        {
            var ch = line[i];
            if (ch == '\\' && i + 1 < line.Length && line[i + 1] == '"')
            {
                word.Append('"');
                any = true;
                i++;
            }
            else if (ch == '"')
            {
                quoted = !quoted;
                any = true;
            }
            else if (char.IsWhiteSpace(ch) && !quoted)
            {
                if (any) words.Add(word.ToString());
                word.Clear();
                any = false;
            }
            else
            {
                word.Append(ch);
                any = true;
            }
        }
        if (any) words.Add(word.ToString());
        return words;
    }
}
