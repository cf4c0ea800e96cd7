root = Path.join(System.tmp_dir!(), "vial_wc_basic_#{System.unique_integer([:positive])}")
for d <- ["a/b/c", "d", ".hid"], do: File.mkdir_p!(Path.join(root, d))
for f <- ["a/x.ex", "a/y.exs", "a/b/z.ex", "a/b/c/w.ex", "d/.dot", ".hid/q.ex", "top.txt", ".top", "B.txt", "a.ex"],
    do: File.write!(Path.join(root, f), "")
File.cd!(root)
for g <- ["*", "*.ex", "?.ex", "a/*", "a/*.ex", "*/", "a/b", "a/b/", "nonexist/*", "nonexist", "top.txt",
          "a//x.ex", "./a/*.ex", "***", "a/[xy].ex", "*.txt", "*t*", "a/?.ex?", "B*", "b*", "a/*/*"] do
  IO.inspect({g, Path.wildcard(g)})
end
IO.inspect Path.wildcard(~c"a/*.ex")
IO.inspect Path.wildcard(["a", "/*.ex"])
File.cd!("/")
File.rm_rf!(root)
