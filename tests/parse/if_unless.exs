if a do
  b
end
if a do
  b
else
  c
end
if a, do: b, else: c
unless x, do: y
if a do end
