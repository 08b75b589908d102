extension BuiltInTheme {
    /// `layout.html` of the built-in theme. The page shell: every page is this file with its `{{placeholders}}`
    /// filled (see `Theme.Slot`). The header and footer text live here.
    ///
    /// Between the delimiters is the file exactly, byte for byte: it starts
    /// at the first column, and the empty line before the closing delimiter
    /// is the file's final newline. A `Theme/layout.html` replaces it.
    static let layoutHTML = #"""
<!DOCTYPE html>
<html lang="{{lang}}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{title}}</title>
{{meta}}
<link rel="stylesheet" href="{{root}}assets/style.css">
<link rel="icon" href="{{root}}assets/favicon.svg" type="image/svg+xml">
</head>
<body>
<a class="skip-link" href="#noi-dung">{{t:shell.skip_link}}</a>
<header class="site-header">
<div class="wrap">
<a class="brand" href="{{home}}"><img src="{{root}}assets/logo.svg" alt="" width="36" height="36"><span>{{site_title}}</span></a>
{{nav}}
</div>
</header>
<main id="noi-dung" class="wrap">
{{content}}
</main>
<footer class="site-footer">
<div class="wrap">
{{footer}}
</div>
</footer>
</body>
</html>

"""#
}
