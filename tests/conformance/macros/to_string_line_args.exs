v = fn n, l -> {n, [line: l], nil} end
for {label, ast} <- [
  {"z2,w2,1", {:foo, [line: 1], [v.(:z, 2), v.(:w, 2), 1]}},
  {"z2,w3,1", {:foo, [line: 1], [v.(:z, 2), v.(:w, 3), 1]}},
  {"z2,w3", {:foo, [line: 1], [v.(:z, 2), v.(:w, 3)]}},
  {"z1,w3", {:foo, [line: 1], [v.(:z, 1), v.(:w, 3)]}},
  {"z2,1,1", {:foo, [line: 1], [v.(:z, 2), 1, 1]}},
  {"z2,:a", {:foo, [line: 1], [v.(:z, 2), :a]}},
  {"z2,[1]", {:foo, [line: 1], [v.(:z, 2), [1]]}},
  {"z2,{1,2}", {:foo, [line: 1], [v.(:z, 2), {1, 2}]}},
  {"z2,f()", {:foo, [line: 1], [v.(:z, 2), {:f, [], []}]}},
  {"z2,f5()", {:foo, [line: 1], [v.(:z, 2), {:f, [line: 5], []}]}},
  {"z3,w5,1 in do", {:def, [line: 1], [{:f, [line: 1], []}, [do: {:foo, [line: 2], [v.(:z, 3), 1]}]]}},
  {"z2,1 in do", {:def, [line: 1], [{:f, [line: 1], []}, [do: {:foo, [line: 2], [v.(:z, 2), 1]}]]}},
  {"z1,1 in do", {:def, [line: 1], [{:f, [line: 1], []}, [do: {:foo, [line: 2], [v.(:z, 1), 1]}]]}},
  {"z2,1 in do7", {:def, [line: 7], [{:f, [line: 7], []}, [do: {:foo, [line: 2], [v.(:z, 2), 1]}]]}},
  {"z2,1 in do meta", {:def, [do: [line: 1], end: [line: 3], line: 1], [{:f, [line: 1], []}, [do: {:foo, [line: 2], [v.(:z, 2), 1]}]]}},
] do
  IO.puts label <> " => " <> inspect(Macro.to_string(ast))
end
