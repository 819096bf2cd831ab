# Build options shared by every target, as INTERFACE libraries linked PRIVATE/PUBLIC.
#
#   MOELAB_ARCH        native | portable | x86-64-v3   instruction set for Eigen code
#   MOELAB_SANITIZE    none | address | thread          ASan+UBSan or TSan build
#   MOELAB_WERROR      ON turns warnings into errors (CI)

set(MOELAB_ARCH "native" CACHE STRING "Instruction set: native (this machine), x86-64-v3, or portable")
set_property(CACHE MOELAB_ARCH PROPERTY STRINGS native x86-64-v3 portable)
set(MOELAB_SANITIZE "none" CACHE STRING "Sanitizers: none, address (ASan+UBSan) or thread (TSan)")
set_property(CACHE MOELAB_SANITIZE PROPERTY STRINGS none address thread)
option(MOELAB_WERROR "Treat warnings as errors" OFF)

if(NOT MOELAB_ARCH MATCHES "^(native|portable|x86-64-v3)$")
  message(FATAL_ERROR "MOELAB_ARCH='${MOELAB_ARCH}' is not one of: native, x86-64-v3, portable")
endif()
if(NOT MOELAB_SANITIZE MATCHES "^(none|address|thread)$")
  message(FATAL_ERROR "MOELAB_SANITIZE='${MOELAB_SANITIZE}' is not one of: none, address, thread")
endif()

# Warnings for our own code. -Wno-restrict: GCC 12 false positives inside std::string (GCC bug 105651);
# -Wno-maybe-uninitialized: GCC 12 false positives inside avx512fintrin.h when Eigen is built with -march=native.
add_library(moelab_warnings INTERFACE)
target_compile_options(moelab_warnings INTERFACE
  $<$<COMPILE_LANGUAGE:CXX>:-Wall -Wextra -Wpedantic -Wshadow=local -Wnon-virtual-dtor
     -Wcast-align -Wunused -Wno-restrict -Wno-maybe-uninitialized -Woverloaded-virtual -Wnull-dereference -Wimplicit-fallthrough
     $<$<BOOL:${MOELAB_WERROR}>:-Werror>>)

# Instruction set and sanitizers. Every target that includes Eigen must see the SAME -march
# (mixing them across translation units crashed here), so this target is linked PUBLIC by
# moe_core and reaches everything above it.
add_library(moelab_options INTERFACE)
if(MOELAB_ARCH STREQUAL "native")
  target_compile_options(moelab_options INTERFACE $<$<COMPILE_LANGUAGE:CXX>:-march=native>)
elseif(MOELAB_ARCH STREQUAL "x86-64-v3")
  target_compile_options(moelab_options INTERFACE $<$<COMPILE_LANGUAGE:CXX>:-march=x86-64-v3>)
endif()
if(MOELAB_SANITIZE STREQUAL "address")
  target_compile_options(moelab_options INTERFACE
    $<$<COMPILE_LANGUAGE:CXX>:-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined>)
  target_link_options(moelab_options INTERFACE -fsanitize=address,undefined)
elseif(MOELAB_SANITIZE STREQUAL "thread")
  target_compile_options(moelab_options INTERFACE $<$<COMPILE_LANGUAGE:CXX>:-fsanitize=thread -fno-omit-frame-pointer>)
  target_link_options(moelab_options INTERFACE -fsanitize=thread)
endif()
