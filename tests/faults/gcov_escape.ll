; A module whose !llvm.gcov metadata names where insert-gcov-profiling writes its notes file.
; The tests replace GCNO_PATH and GCDA_PATH with paths outside any tool's temporary directory.
define i32 @f(i32 %x) !dbg !6 {
entry:
  %y = add i32 %x, 1, !dbg !9
  ret i32 %y, !dbg !9
}

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!3, !4}
!llvm.gcov = !{!5}

!0 = distinct !DICompileUnit(language: DW_LANG_C99, file: !1, producer: "irlens tests", isOptimized: false, runtimeVersion: 0, emissionKind: FullDebug)
!1 = !DIFile(filename: "f.c", directory: "/tmp")
!3 = !{i32 2, !"Debug Info Version", i32 3}
!4 = !{i32 7, !"Dwarf Version", i32 5}
!5 = !{!"GCNO_PATH", !"GCDA_PATH", !0}
!6 = distinct !DISubprogram(name: "f", scope: !1, file: !1, line: 1, type: !7, scopeLine: 1, spFlags: DISPFlagDefinition, unit: !0)
!7 = !DISubroutineType(types: !8)
!8 = !{null}
!9 = !DILocation(line: 1, column: 1, scope: !6)
