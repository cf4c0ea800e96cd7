x = foo do
  1
end.bar()
