extension BuiltInTheme {
    /// `logo.svg` of the built-in theme. The logo in the page header, published as `/assets/logo.svg`.
    ///
    /// Between the delimiters is the file exactly, byte for byte: it starts
    /// at the first column, and the empty line before the closing delimiter
    /// is the file's final newline. A `Theme/logo.svg` replaces it.
    static let logoSVG = #"""
<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 36 36" role="img" aria-label="DTI"><rect width="36" height="36" rx="8" fill="#0b4f8a"/><path d="M8 25h4v-7H8zm7 0h4V13h-4zm7 0h4V9h-4z" fill="#fff"/></svg>

"""#
}
