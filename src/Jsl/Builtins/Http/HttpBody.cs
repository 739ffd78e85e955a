using System.Net.Http.Headers;

namespace Jsl.Builtins.Http;

/// <summary>
/// The body of a request, as one of the Index's setters gave it (<c>JSON</c>, <c>Text</c>, <c>XML</c>,
/// <c>Blob</c>, <c>File</c>, <c>Form</c>); built into a fresh <see cref="HttpContent"/> at each send.
/// </summary>
internal abstract class HttpBody
{
    /// <summary>The content to send (a new one each time: a content is consumed by its send).</summary>
    public abstract HttpContent Build();

    /// <summary>Bytes sent with <paramref name="contentType"/> (the setter's default or the one given).</summary>
    public sealed class Bytes(byte[] data, string contentType) : HttpBody
    {
        /// <inheritdoc/>
        public override HttpContent Build()
        {
            var content = new ByteArrayContent(data);
            content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
            return content;
        }
    }

    /// <summary>A file's contents, read when sent.</summary>
    public sealed class FileContents(string path, string contentType) : HttpBody
    {
        /// <summary>The resolved path.</summary>
        public string Path { get; } = path;

        /// <inheritdoc/>
        public override HttpContent Build() => new Bytes(File.ReadAllBytes(Path), contentType).Build();
    }

    /// <summary>
    /// <c>Form(Fields(...), Files(...))</c>: fields alone go URL-encoded
    /// (<c>application/x-www-form-urlencoded</c>); with files the form is <c>multipart/form-data</c>,
    /// each file a part named after its group, as the Index's Form entry describes.
    /// </summary>
    public sealed class Form(List<KeyValuePair<string, string>> fields, List<KeyValuePair<string, string>> files, bool encode) : HttpBody
    {
        /// <inheritdoc/>
        public override HttpContent Build()
        {
            if (files.Count == 0)
            {
                var text = string.Join('&', fields.Select(f => QueryText.Pair(f.Key, f.Value, encode)));
                return new Bytes(System.Text.Encoding.UTF8.GetBytes(text), "application/x-www-form-urlencoded").Build();
            }
            var multipart = new MultipartFormDataContent();
            foreach (var field in fields) multipart.Add(new StringContent(field.Value), field.Key);
            foreach (var file in files)
            {
                var part = new ByteArrayContent(File.ReadAllBytes(file.Value));
                part.Headers.ContentType = MediaTypeHeaderValue.Parse(MimeTypes.ForPath(file.Value));
                multipart.Add(part, file.Key, System.IO.Path.GetFileName(file.Value));
            }
            return multipart;
        }
    }
}
