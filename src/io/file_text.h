#pragma once
// A file's text read whole, in memory that is not cleared first: half a gigabyte of GeoJSON would
// otherwise be half a gigabyte of zeros written on one core (every page faulted in by it) before the
// file is read over them.
#include <cstddef>
#include <memory>
#include <string>
#include <string_view>

namespace pa {

class FileText {
public:
    FileText() = default;
    explicit FileText(std::string_view copy) {
        allocate(copy.size());
        if (!copy.empty()) copy.copy(bytes_.get(), copy.size());
    }
    // `n` bytes to be written before they are read.
    void allocate(std::size_t n) {
        bytes_.reset(n ? new char[n] : nullptr);
        size_ = n;
    }
    void truncate(std::size_t n) { size_ = n < size_ ? n : size_; }
    void clear() {
        bytes_.reset();
        size_ = 0;
    }
    char* data() { return bytes_.get(); }
    const char* data() const { return bytes_.get(); }
    std::size_t size() const { return size_; }
    bool empty() const { return size_ == 0; }
    std::string_view view() const { return {bytes_.get(), size_}; }

private:
    std::unique_ptr<char[]> bytes_;
    std::size_t size_ = 0;
};

}  // namespace pa
