root = Path.join(System.tmp_dir!(), "vial_wc_dot_#{System.unique_integer([:positive])}")
for d <- ["a", "d", ".hid/sub"], do: File.mkdir_p!(Path.join(root, d))
for f <- ["a/x.ex", "d/.dot", ".hid/q.ex", ".hid/sub/r.ex", ".top", "top"], do: File.write!(Path.join(root, f), "")
File.cd!(root)
for g <- [".*", ".hid/*", "d/*", "**/.dot", "*", "**/*.ex", ".hid/**", "d/.dot"] do
  IO.inspect({g, Path.wildcard(g)})
  IO.inspect({g, :match_dot, Path.wildcard(g, match_dot: true)})
end
IO.inspect Path.wildcard("*", match_dot: false)
File.cd!("/")
File.rm_rf!(root)
