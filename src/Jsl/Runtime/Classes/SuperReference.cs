using Jsl.Runtime.Values;

namespace Jsl.Runtime.Classes;

/// <summary>
/// What <c>super</c> names inside a method: the object, seen from the base classes of the class
/// that defined the running method, so that <c>super:m(args)</c> runs the base class's <c>m</c>
/// on the same object.
/// </summary>
internal sealed class SuperReference(ClassObject self, ClassDefinition from) : Value
{
    /// <summary>The object the method runs on.</summary>
    public ClassObject Self { get; } = self;

    /// <summary>The class whose bases are searched.</summary>
    public ClassDefinition From { get; } = from;

    /// <inheritdoc/>
    public override string TypeName => "Class";
}
