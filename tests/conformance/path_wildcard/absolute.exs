root = Path.join(System.tmp_dir!(), "vial_wc_abs_#{System.unique_integer([:positive])}")
for d <- ["a/b"], do: File.mkdir_p!(Path.join(root, d))
for f <- ["a/x.ex", "a/b/y.ex"], do: File.write!(Path.join(root, f), "")
strip = fn list -> Enum.map(list, &String.replace(&1, root, "ROOT")) end
IO.inspect strip.(Path.wildcard(Path.join(root, "a/*.ex")))
IO.inspect strip.(Path.wildcard(Path.join(root, "**/*.ex")))
IO.inspect strip.(Path.wildcard(root <> "/a/../a/x.ex"))
IO.inspect strip.(Path.wildcard(root <> "//a///b/*"))
IO.inspect strip.(Path.wildcard(root <> "/*"))
IO.inspect strip.(Path.wildcard(root))
IO.inspect strip.(Path.wildcard(root <> "/"))
IO.inspect Path.wildcard("/nonexistent_vial_dir/*")
File.cd!(root)
IO.inspect Path.wildcard(".")
IO.inspect Path.wildcard("..") |> length()
IO.inspect Path.wildcard("a/./x.ex")
IO.inspect Path.wildcard("./a/b/../x.ex")
try do
  Path.wildcard("a\0b")
rescue
  e -> IO.puts(inspect(e.__struct__) <> ": " <> Exception.message(e))
end
File.cd!("/")
File.rm_rf!(root)
