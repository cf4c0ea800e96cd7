try do
  raise ArgumentError, "first"
rescue
  e -> reraise e, __STACKTRACE__
end
