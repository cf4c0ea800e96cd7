// Files for File (stdlib/file.ex): the :vial.file_* natives return what
// Erlang's :file functions return ({:ok, ...} | :ok | {:error, posix}).
#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

#include <cerrno>
#include <algorithm>
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
    case EBADF: name = "ebadf"; break;
    case EINVAL: name = "einval"; break;
    case ESPIPE: name = "espipe"; break;
    case EMFILE: name = "emfile"; break;
    case ELOOP: name = "eloop"; break;
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

// File descriptors for the file IO servers (stdlib/file_io.ex): a process
// per open file owns its descriptor (a small integer) and calls these. All
// run on the dirty IO pool.

// :vial.fd_open(path, access, exclusive?): access is :read, :write,
// :append, :read_write or :read_append (Erlang's file modes combined).
// {:ok, fd} | {:error, posix}; a directory is :eisdir as in Erlang.
Term fd_open(NativeCall& c, const Term* a) {
  std::string path;
  if (!path_arg(a[0], &path)) return c.error(atoms::badarg);
  int flags;
  if (a[1] == intern_atom("read")) flags = O_RDONLY;
  else if (a[1] == intern_atom("write")) flags = O_WRONLY | O_CREAT | O_TRUNC;
  else if (a[1] == intern_atom("append")) flags = O_WRONLY | O_CREAT | O_APPEND;
  else if (a[1] == intern_atom("read_write")) flags = O_RDWR | O_CREAT;
  else if (a[1] == intern_atom("read_append")) flags = O_RDWR | O_CREAT | O_APPEND;
  else return c.error(atoms::badarg);
  if (a[2] == atoms::true_) flags |= O_CREAT | O_EXCL;
  struct stat st;
  if (::stat(path.c_str(), &st) == 0 && S_ISDIR(st.st_mode)) return posix_error(c, EISDIR);
  int fd = ::open(path.c_str(), flags | O_CLOEXEC, 0666);
  if (fd < 0) return posix_error(c, errno);
  return make_tuple(c.heap(), {atoms::ok, Term::small(fd)});
}

bool fd_arg(Term t, int* fd) {
  if (!t.is_small() || t.small_value() < 0 || t.small_value() > 1 << 30) return false;
  *fd = static_cast<int>(t.small_value());
  return true;
}

// :vial.fd_read(fd, max_bytes): {:ok, binary} | :eof | {:error, posix}
Term fd_read(NativeCall& c, const Term* a) {
  int fd;
  if (!fd_arg(a[0], &fd) || !a[1].is_small() || a[1].small_value() <= 0) return c.error(atoms::badarg);
  std::string buf(static_cast<std::size_t>(std::min<std::int64_t>(a[1].small_value(), 1 << 20)), '\0');
  ssize_t n;
  do n = ::read(fd, buf.data(), buf.size());
  while (n < 0 && errno == EINTR);
  if (n < 0) return posix_error(c, errno);
  if (n == 0) return intern_atom("eof");
  buf.resize(static_cast<std::size_t>(n));
  c.charge(static_cast<int>(n / 256));
  return make_tuple(c.heap(), {atoms::ok, make_binary(c.heap(), buf)});
}

// :vial.fd_write(fd, binary): :ok | {:error, posix}
Term fd_write(NativeCall& c, const Term* a) {
  int fd;
  std::string data;
  if (!fd_arg(a[0], &fd) || !a[1].is_binary() || !chardata_to_string(a[1], &data)) return c.error(atoms::badarg);
  std::size_t done = 0;
  while (done < data.size()) {
    ssize_t n = ::write(fd, data.data() + done, data.size() - done);
    if (n < 0) {
      if (errno == EINTR) continue;
      return posix_error(c, errno);
    }
    done += static_cast<std::size_t>(n);
  }
  c.charge(static_cast<int>(data.size() / 256));
  return atoms::ok;
}

// :vial.fd_seek(fd, :bof | :cur | :eof, offset): {:ok, position} | {:error, :einval}
Term fd_seek(NativeCall& c, const Term* a) {
  int fd;
  if (!fd_arg(a[0], &fd) || !a[2].is_small()) return c.error(atoms::badarg);
  int whence;
  if (a[1] == intern_atom("bof")) whence = SEEK_SET;
  else if (a[1] == intern_atom("cur")) whence = SEEK_CUR;
  else if (a[1] == intern_atom("eof")) whence = SEEK_END;
  else return c.error(atoms::badarg);
  off_t r = ::lseek(fd, static_cast<off_t>(a[2].small_value()), whence);
  if (r < 0) return posix_error(c, errno);
  return make_tuple(c.heap(), {atoms::ok, Term::small(static_cast<std::int64_t>(r))});
}

// :vial.fd_close(fd): :ok
Term fd_close(NativeCall& c, const Term* a) {
  int fd;
  if (!fd_arg(a[0], &fd) || fd <= 2) return c.error(atoms::badarg);
  ::close(fd);
  return atoms::ok;
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
      {"vial", "fd_open", 3, fd_open},
      {"vial", "fd_read", 2, fd_read},
      {"vial", "fd_write", 2, fd_write},
      {"vial", "fd_seek", 3, fd_seek},
      {"vial", "fd_close", 1, fd_close},
  }, NativeKind::kDirtyIo);
}

}  // namespace vial
