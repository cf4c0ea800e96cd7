root = Path.join(System.tmp_dir!(), "vial_wc_rec_#{System.unique_integer([:positive])}")
for d <- ["a/b/c", "d", ".hid"], do: File.mkdir_p!(Path.join(root, d))
for f <- ["a/x.ex", "a/y.exs", "a/b/z.ex", "a/b/c/w.ex", "d/.dot", ".hid/q.ex", "top.txt", ".top", "B.txt", "a.ex"],
    do: File.write!(Path.join(root, f), "")
File.cd!(root)
for g <- ["**", "**/*.ex", "a/**/*.ex", "a/**", "a/**/", "**/**", "**/b/**", "a/**/c", "**/*.exs", "**/z.*",
          "**/c", "**/nothing", "a/**/b/**/*.ex"] do
  IO.inspect({g, Path.wildcard(g)})
end
File.cd!("/")
File.rm_rf!(root)
