root = Path.join(System.tmp_dir!(), "vial_wc_names_#{System.unique_integer([:positive])}")
File.mkdir_p!(root)
for f <- ["ünï.txt", "space name.md", "a,b", "x{y}", "q?", "star*", "Z.TXT", "z.txt", "10.log", "9.log", "2.log"],
    do: File.write!(Path.join(root, f), "")
File.cd!(root)
for g <- ["*", "*.txt", "*.TXT", "ü*", "?nï.txt", "space*", "* name.md", "a,b", "{a,b}", "x\\{y\\}", "q\\?", "star\\*",
          "*.log", "[0-9].log", "[0-9][0-9].log", "{1,9,10}.log", "[uü]*"] do
  IO.inspect({g, Path.wildcard(g)})
end
File.cd!("/")
File.rm_rf!(root)
