root = Path.join(System.tmp_dir!(), "vial_wc_braces_#{System.unique_integer([:positive])}")
for d <- ["a/b/c", "d"], do: File.mkdir_p!(Path.join(root, d))
for f <- ["a/x.ex", "a/y.exs", "a/b/z.ex", "top.txt", "B.txt", "a.ex", "a-b", "n1", "n2", "n9", "[x]"],
    do: File.write!(Path.join(root, f), "")
File.cd!(root)
for g <- ["a/*.{ex,exs}", "{a,d}", "{d,a}", "{top.txt,*.ex}", "{a,a}", "a/{b,c}/*", "*.{ex,txt}", "{a}", "*{.ex}",
          "[a-c]*", "[!a]*", "[^a]*", "[a-]*", "n[0-5]", "n[129]", "[A-Z]*", "a[", "\\[x]", "[[]x]",
          "n?", "?"] do
  IO.inspect({g, Path.wildcard(g)})
end
try do
  Path.wildcard("a{")
rescue
  e -> IO.inspect(e)
end
File.cd!("/")
File.rm_rf!(root)
