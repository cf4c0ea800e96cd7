foo
do
end
