for p <- ["deps/my_dep/app.beam", "deps/my_dep/./build/../app.beam", "my_dep/../..", "/usr/local", "foo", "foo/../bar", "foo/../..", "foo/..", ".", "a/./b/", 'a/b', ["x", ?/, "y"], "a//b"] do
  IO.inspect {p, Path.safe_relative_to(p, "deps"), Path.safe_relative(p)}
end
