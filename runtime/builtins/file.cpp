// Files for File (stdlib/file.ex): the :vial.file_* natives return what
// Erlang's :file functions return ({:ok, ...} | :ok | {:error, posix}).
#include <dirent.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <string>
#include <vector>

#include "runtime/builtins/builtins.h"

namespace vial {

namespace {

Term posix_error(NativeCall& c, int err) {
  const char* name = "eio";
  switch (err) {
    case ENOENT: name = "enoent"; break;
    case EACCES: name = "eacces"; break;
    case EISDIR: name = "eisdir"; break;
    case ENOTDIR: name = "enotdir"; break;
    case EEXIST: name = "eexist"; break;
    case ENOSPC: name = "enospc"; break;
    case ENOTEMPTY: name = "enotempty"; break;
    case EPERM: name = "eperm"; break;
    case EROFS: name = "erofs"; break;
    case ENAMETOOLONG: name = "enametoolong"; break;
    default: break;
  }
  return make_tuple(c.heap(), {atoms::error, intern_atom(name)});
}

bool path_arg(Term t, std::string* out) { return chardata_to_string(t, out); }

Term file_read(NativeCall& c, const Term* a) {
  std::string path;
  if (!path_arg(a[0], &path)) return c.error(atoms::badarg);
  struct stat st;
  if (::stat(path.c_str(), &st) == 0 && S_ISDIR(st.st_mode)) return posix_error(c, EISDIR);
  std::FILE* f = std::fopen(path.c_str(), "rb");
  if (!f) return posix_error(c, errno);
  std::string data;
  char buf[65536];
  std::size_t n;
  while ((n = std::fread(buf, 1, sizeof buf, f)) > 0) data.append(buf, n);
  std::fclose(f);
  c.charge(static_cast<int>(data.size() / 256));
  return make_tuple(c.heap(), {atoms::ok, make_binary(c.heap(), data)});
}

// :vial.file_write(path, iodata, append?)
Term file_write(NativeCall& c, const Term* a) {
  std::string path, data;
  if (!path_arg(a[0], &path)) return c.error(atoms::badarg);
  if (!chardata_to_string(a[1], &data)) return c.error(atoms::badarg);
  std::FILE* f = std::fopen(path.c_str(), a[2] == atoms::true_ ? "ab" : "wb");
  if (!f) return posix_error(c, errno);
  std::size_t written = std::fwrite(data.data(), 1, data.size(), f);
  int err = errno;
  std::fclose(f);
  if (written != data.size()) return posix_error(c, err);
  return atoms::ok;
}

Term file_delete(NativeCall& c, const Term* a) {
  std::string path;
  if (!path_arg(a[0], &path)) return c.error(atoms::badarg);
  struct stat st;
  if (::lstat(path.c_str(), &st) == 0 && S_ISDIR(st.st_mode)) return posix_error(c, EPERM);
  if (::unlink(path.c_str()) != 0) return posix_error(c, errno);
  return atoms::ok;
}

Term file_mkdir(NativeCall& c, const Term* a) {
  std::string path;
  if (!path_arg(a[0], &path)) return c.error(atoms::badarg);
  if (::mkdir(path.c_str(), 0777) != 0) return posix_error(c, errno);
  return atoms::ok;
}

Term file_rmdir(NativeCall& c, const Term* a) {
  std::string path;
  if (!path_arg(a[0], &path)) return c.error(atoms::badarg);
  if (::rmdir(path.c_str()) != 0) return posix_error(c, errno);
  return atoms::ok;
}

// :vial.file_type(path): :regular | :directory | :other | :none
Term file_type(NativeCall& c, const Term* a) {
  std::string path;
  if (!path_arg(a[0], &path)) return c.error(atoms::badarg);
  struct stat st;
  if (::stat(path.c_str(), &st) != 0) return intern_atom("none");
  if (S_ISREG(st.st_mode)) return intern_atom("regular");
  if (S_ISDIR(st.st_mode)) return intern_atom("directory");
  return intern_atom("other");
}

Term file_ls(NativeCall& c, const Term* a) {
  std::string path;
  if (!path_arg(a[0], &path)) return c.error(atoms::badarg);
  DIR* d = ::opendir(path.c_str());
  if (!d) return posix_error(c, errno);
  std::vector<Term> names;
  while (struct dirent* e = ::readdir(d)) {
    std::string_view n = e->d_name;
    if (n == "." || n == "..") continue;
    names.push_back(make_binary(c.heap(), n));
  }
  ::closedir(d);
  return make_tuple(c.heap(), {atoms::ok, make_list(c.heap(), names)});
}

Term file_cwd(NativeCall& c, const Term*) {
  char buf[4096];
  if (!::getcwd(buf, sizeof buf)) return posix_error(c, errno);
  return make_tuple(c.heap(), {atoms::ok, make_binary(c.heap(), buf)});
}

// :vial.file_cd(path): chdir (the whole VM's current directory, as BEAM's).
Term file_cd(NativeCall& c, const Term* a) {
  std::string path;
  if (!path_arg(a[0], &path)) return c.error(atoms::badarg);
  if (::chdir(path.c_str()) != 0) return posix_error(c, errno);
  return atoms::ok;
}

// :vial.file_rename(from, to)
Term file_rename(NativeCall& c, const Term* a) {
  std::string from, to;
  if (!path_arg(a[0], &from) || !path_arg(a[1], &to)) return c.error(atoms::badarg);
  if (std::rename(from.c_str(), to.c_str()) != 0) return posix_error(c, errno);
  return atoms::ok;
}

// :vial.file_copy(from, to): {:ok, bytes_copied} (the destination truncated).
Term file_copy(NativeCall& c, const Term* a) {
  std::string from, to;
  if (!path_arg(a[0], &from) || !path_arg(a[1], &to)) return c.error(atoms::badarg);
  struct stat st;
  if (::stat(from.c_str(), &st) == 0 && S_ISDIR(st.st_mode)) return posix_error(c, EISDIR);
  std::FILE* in = std::fopen(from.c_str(), "rb");
  if (!in) return posix_error(c, errno);
  std::FILE* out = std::fopen(to.c_str(), "wb");
  if (!out) {
    int err = errno;
    std::fclose(in);
    return posix_error(c, err);
  }
  std::int64_t total = 0;
  char buf[65536];
  std::size_t n;
  while ((n = std::fread(buf, 1, sizeof buf, in)) > 0) {
    std::fwrite(buf, 1, n, out);
    total += static_cast<std::int64_t>(n);
  }
  std::fclose(in);
  std::fclose(out);
  return make_tuple(c.heap(), {atoms::ok, Term::small(total)});
}

// :vial.file_stat(path, follow_links?): {:ok, {size, type, access, atime,
// mtime, ctime, mode, links, major_device, minor_device, inode, uid, gid}}
// with times as POSIX seconds; stdlib/file.ex builds File.Stat from it.
Term file_stat(NativeCall& c, const Term* a) {
  std::string path;
  if (!path_arg(a[0], &path)) return c.error(atoms::badarg);
  struct stat st;
  int r = a[1] == atoms::true_ ? ::stat(path.c_str(), &st) : ::lstat(path.c_str(), &st);
  if (r != 0) return posix_error(c, errno);
  const char* type = S_ISDIR(st.st_mode) ? "directory" : S_ISREG(st.st_mode) ? "regular"
                   : S_ISLNK(st.st_mode) ? "symlink" : "other";
  bool rd = ::access(path.c_str(), R_OK) == 0, wr = ::access(path.c_str(), W_OK) == 0;
  const char* access = rd && wr ? "read_write" : rd ? "read" : wr ? "write" : "none";
  Heap& h = c.heap();
  Term info = make_tuple(h, {Term::small(st.st_size), intern_atom(type), intern_atom(access),
                             Term::small(st.st_atime), Term::small(st.st_mtime), Term::small(st.st_ctime),
                             Term::small(st.st_mode), Term::small(static_cast<std::int64_t>(st.st_nlink)),
                             Term::small(static_cast<std::int64_t>(major(st.st_dev))),
                             Term::small(static_cast<std::int64_t>(minor(st.st_dev))),
                             Term::small(static_cast<std::int64_t>(st.st_ino)), Term::small(st.st_uid),
                             Term::small(st.st_gid)});
  return make_tuple(h, {atoms::ok, info});
}

}  // namespace

void register_file_builtins() {
  register_natives({
      {"vial", "file_read", 1, file_read},
      {"vial", "file_write", 3, file_write},
      {"vial", "file_delete", 1, file_delete},
      {"vial", "file_mkdir", 1, file_mkdir},
      {"vial", "file_rmdir", 1, file_rmdir},
      {"vial", "file_type", 1, file_type},
      {"vial", "file_ls", 1, file_ls},
      {"vial", "file_cwd", 0, file_cwd},
      {"vial", "file_cd", 1, file_cd},
      {"vial", "file_rename", 2, file_rename},
      {"vial", "file_copy", 2, file_copy},
      {"vial", "file_stat", 2, file_stat},
  }, NativeKind::kDirtyIo);
}

}  // namespace vial
