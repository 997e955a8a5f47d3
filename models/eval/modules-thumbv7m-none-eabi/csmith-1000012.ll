; ModuleID = 'cs1000012.c'
source_filename = "cs1000012.c"
target datalayout = "e-m:e-p:32:32-Fi8-i64:64-v128:64:128-a:0:32-n32-S64"
target triple = "thumbv7m-unknown-none-eabi"

@.str = private unnamed_addr constant [2 x i8] c"1\00", align 1
@g_7 = internal global i16 -5, align 2
@.str.1 = private unnamed_addr constant [4 x i8] c"g_7\00", align 1
@g_13 = internal global i32 1, align 4
@.str.2 = private unnamed_addr constant [5 x i8] c"g_13\00", align 1
@g_32 = internal global [7 x i8] c"hhhhhhh", align 1
@.str.3 = private unnamed_addr constant [8 x i8] c"g_32[i]\00", align 1
@.str.4 = private unnamed_addr constant [14 x i8] c"index = [%d]\0A\00", align 1
@g_39 = internal global i64 -1, align 8
@.str.5 = private unnamed_addr constant [5 x i8] c"g_39\00", align 1
@g_42 = internal global i64 0, align 8
@.str.6 = private unnamed_addr constant [5 x i8] c"g_42\00", align 1
@g_45 = internal global i16 -27929, align 2
@.str.7 = private unnamed_addr constant [5 x i8] c"g_45\00", align 1
@g_70 = internal global [1 x i32] [i32 1], align 4
@.str.8 = private unnamed_addr constant [8 x i8] c"g_70[i]\00", align 1
@g_116 = internal global i16 -3343, align 2
@.str.9 = private unnamed_addr constant [6 x i8] c"g_116\00", align 1
@g_130 = internal global [10 x [8 x [3 x i32]]] [[8 x [3 x i32]] [[3 x i32] [i32 1, i32 1, i32 -1], [3 x i32] [i32 -5, i32 352722222, i32 1989281576], [3 x i32] [i32 -2, i32 -2, i32 1], [3 x i32] [i32 983274237, i32 5, i32 5], [3 x i32] [i32 -1, i32 0, i32 1603281679], [3 x i32] [i32 5, i32 -1265686778, i32 -5], [3 x i32] [i32 0, i32 -1, i32 1603281679], [3 x i32] [i32 1, i32 -451298938, i32 5]], [8 x [3 x i32]] [[3 x i32] [i32 1, i32 1, i32 1], [3 x i32] [i32 6, i32 1712847383, i32 1989281576], [3 x i32] [i32 -413019148, i32 5, i32 -1], [3 x i32] [i32 1712847383, i32 -5, i32 983274237], [3 x i32] [i32 1009305161, i32 -1, i32 1], [3 x i32] [i32 -1265686778, i32 -679121972, i32 -5], [3 x i32] [i32 1, i32 -2, i32 -2], [3 x i32] [i32 0, i32 1010836385, i32 983274237]], [8 x [3 x i32]] [[3 x i32] [i32 -150073618, i32 -1, i32 -1], [3 x i32] [i32 -1, i32 6, i32 5], [3 x i32] [i32 -155643656, i32 1603281679, i32 0], [3 x i32] [i32 1989281576, i32 6, i32 1], [3 x i32] [i32 1009305161, i32 -1, i32 1], [3 x i32] [i32 1010836385, i32 1010836385, i32 6], [3 x i32] [i32 0, i32 -2, i32 -413019148], [3 x i32] [i32 352722222, i32 -679121972, i32 1712847383]], [8 x [3 x i32]] [[3 x i32] [i32 -413019148, i32 -1204921111, i32 1009305161], [3 x i32] [i32 1568588581, i32 352722222, i32 1712847383], [3 x i32] [i32 -1, i32 -9, i32 -413019148], [3 x i32] [i32 6, i32 -1265686778, i32 6], [3 x i32] [i32 0, i32 -1, i32 1], [3 x i32] [i32 1022836884, i32 -1275202852, i32 1], [3 x i32] [i32 -1, i32 1009305161, i32 0], [3 x i32] [i32 5, i32 1, i32 5]], [8 x [3 x i32]] [[3 x i32] [i32 -1, i32 -979271289, i32 -1], [3 x i32] [i32 1022836884, i32 983274237, i32 983274237], [3 x i32] [i32 0, i32 0, i32 -2], [3 x i32] [i32 6, i32 5, i32 -5], [3 x i32] [i32 -1, i32 -150073618, i32 1], [3 x i32] [i32 1568588581, i32 1439305122, i32 1010836385], [3 x i32] [i32 -413019148, i32 -150073618, i32 -1204921111], [3 x i32] [i32 352722222, i32 5, i32 1022836884]], [8 x [3 x i32]] [[3 x i32] [i32 0, i32 0, i32 -150073618], [3 x i32] [i32 1010836385, i32 983274237, i32 1989281576], [3 x i32] [i32 1009305161, i32 -979271289, i32 1], [3 x i32] [i32 1989281576, i32 1, i32 352722222], [3 x i32] [i32 -155643656, i32 1009305161, i32 1], [3 x i32] [i32 -1, i32 -1275202852, i32 1989281576], [3 x i32] [i32 -150073618, i32 -1, i32 -150073618], [3 x i32] [i32 0, i32 -1265686778, i32 1022836884]], [8 x [3 x i32]] [[3 x i32] [i32 1, i32 -9, i32 -1204921111], [3 x i32] [i32 -1265686778, i32 352722222, i32 1010836385], [3 x i32] [i32 -1, i32 -1204921111, i32 1], [3 x i32] [i32 -1265686778, i32 -679121972, i32 -5], [3 x i32] [i32 1, i32 -2, i32 -2], [3 x i32] [i32 0, i32 1010836385, i32 983274237], [3 x i32] [i32 -150073618, i32 -1, i32 -1], [3 x i32] [i32 -1, i32 6, i32 5]], [8 x [3 x i32]] [[3 x i32] [i32 -155643656, i32 1603281679, i32 0], [3 x i32] [i32 1989281576, i32 6, i32 1], [3 x i32] [i32 1009305161, i32 -1, i32 1], [3 x i32] [i32 1010836385, i32 1010836385, i32 6], [3 x i32] [i32 0, i32 -2, i32 -413019148], [3 x i32] [i32 352722222, i32 -679121972, i32 1712847383], [3 x i32] [i32 -413019148, i32 -1204921111, i32 1009305161], [3 x i32] [i32 1568588581, i32 352722222, i32 1712847383]], [8 x [3 x i32]] [[3 x i32] [i32 -1, i32 -9, i32 -413019148], [3 x i32] [i32 6, i32 -1265686778, i32 6], [3 x i32] [i32 0, i32 -1, i32 1], [3 x i32] [i32 1022836884, i32 -1275202852, i32 1], [3 x i32] [i32 -1, i32 1009305161, i32 0], [3 x i32] [i32 5, i32 1, i32 5], [3 x i32] [i32 -1, i32 -979271289, i32 -1], [3 x i32] [i32 1022836884, i32 983274237, i32 983274237]], [8 x [3 x i32]] [[3 x i32] [i32 0, i32 0, i32 -2], [3 x i32] [i32 6, i32 5, i32 -5], [3 x i32] [i32 -1, i32 -150073618, i32 1], [3 x i32] [i32 1568588581, i32 1439305122, i32 1010836385], [3 x i32] [i32 -413019148, i32 0, i32 -1], [3 x i32] [i32 5, i32 983274237, i32 6], [3 x i32] [i32 -155643656, i32 -155643656, i32 0], [3 x i32] [i32 1568588581, i32 1010836385, i32 1022836884]]], align 4
@.str.10 = private unnamed_addr constant [15 x i8] c"g_130[i][j][k]\00", align 1
@.str.11 = private unnamed_addr constant [22 x i8] c"index = [%d][%d][%d]\0A\00", align 1
@g_147 = internal global i32 -1, align 4
@.str.12 = private unnamed_addr constant [6 x i8] c"g_147\00", align 1
@g_155 = internal global i8 0, align 1
@.str.13 = private unnamed_addr constant [6 x i8] c"g_155\00", align 1
@g_167 = internal global i16 6021, align 2
@.str.14 = private unnamed_addr constant [6 x i8] c"g_167\00", align 1
@g_186 = internal global i64 2697678301571782020, align 8
@.str.15 = private unnamed_addr constant [6 x i8] c"g_186\00", align 1
@g_228 = internal global i64 1, align 8
@.str.16 = private unnamed_addr constant [6 x i8] c"g_228\00", align 1
@g_229 = internal global [5 x [5 x i32]] [[5 x i32] [i32 2082555685, i32 0, i32 2082555685, i32 1, i32 -690289427], [5 x i32] [i32 569481674, i32 -1, i32 -690289427, i32 -1, i32 569481674], [5 x i32] [i32 2082555685, i32 -1, i32 0, i32 569481674, i32 0], [5 x i32] [i32 0, i32 0, i32 -690289427, i32 569481674, i32 1531894670], [5 x i32] [i32 -1, i32 2082555685, i32 2082555685, i32 -1, i32 0]], align 4
@.str.17 = private unnamed_addr constant [12 x i8] c"g_229[i][j]\00", align 1
@.str.18 = private unnamed_addr constant [18 x i8] c"index = [%d][%d]\0A\00", align 1
@g_259 = internal global i16 9, align 2
@.str.19 = private unnamed_addr constant [6 x i8] c"g_259\00", align 1
@g_280 = internal global [1 x [10 x [8 x i64]]] [[10 x [8 x i64]] [[8 x i64] [i64 0, i64 -1, i64 0, i64 -1, i64 0, i64 -1, i64 0, i64 -1], [8 x i64] [i64 0, i64 -1, i64 0, i64 -1, i64 0, i64 -1, i64 0, i64 -1], [8 x i64] [i64 0, i64 -1, i64 0, i64 -1, i64 0, i64 -1, i64 0, i64 -1], [8 x i64] [i64 0, i64 -1, i64 0, i64 -1, i64 0, i64 -1, i64 0, i64 -1], [8 x i64] [i64 0, i64 -1, i64 0, i64 -1, i64 0, i64 -1, i64 0, i64 -1], [8 x i64] [i64 0, i64 -1, i64 0, i64 -1, i64 0, i64 -1, i64 0, i64 -1], [8 x i64] [i64 0, i64 -1, i64 0, i64 -1, i64 0, i64 -1, i64 0, i64 -1], [8 x i64] [i64 0, i64 -1, i64 0, i64 -1, i64 0, i64 -1, i64 0, i64 -1], [8 x i64] [i64 0, i64 -1, i64 0, i64 -1, i64 0, i64 -1, i64 0, i64 -1], [8 x i64] [i64 0, i64 -1, i64 0, i64 -1, i64 0, i64 -1, i64 0, i64 -1]]], align 8
@.str.20 = private unnamed_addr constant [15 x i8] c"g_280[i][j][k]\00", align 1
@g_310 = internal global i32 -1452649024, align 4
@.str.21 = private unnamed_addr constant [6 x i8] c"g_310\00", align 1
@g_338 = internal global i64 -1, align 8
@.str.22 = private unnamed_addr constant [6 x i8] c"g_338\00", align 1
@g_341 = internal global i32 2136345413, align 4
@.str.23 = private unnamed_addr constant [6 x i8] c"g_341\00", align 1
@g_373 = internal global [10 x [1 x i32]] [[1 x i32] [i32 -1798388753], [1 x i32] [i32 -1798388753], [1 x i32] [i32 -1798388753], [1 x i32] [i32 -1798388753], [1 x i32] [i32 -1798388753], [1 x i32] [i32 -1798388753], [1 x i32] [i32 -1798388753], [1 x i32] [i32 -1798388753], [1 x i32] [i32 -1798388753], [1 x i32] [i32 -1798388753]], align 4
@.str.24 = private unnamed_addr constant [12 x i8] c"g_373[i][j]\00", align 1
@g_498 = internal global i8 -7, align 1
@.str.25 = private unnamed_addr constant [6 x i8] c"g_498\00", align 1
@g_509 = internal global [1 x i32] [i32 3], align 4
@.str.26 = private unnamed_addr constant [9 x i8] c"g_509[i]\00", align 1
@g_629 = internal global i32 -2133974220, align 4
@.str.27 = private unnamed_addr constant [6 x i8] c"g_629\00", align 1
@g_671 = internal global i32 -1328206295, align 4
@.str.28 = private unnamed_addr constant [6 x i8] c"g_671\00", align 1
@g_714 = internal global i32 1, align 4
@.str.29 = private unnamed_addr constant [6 x i8] c"g_714\00", align 1
@g_821 = internal global i8 -6, align 1
@.str.30 = private unnamed_addr constant [6 x i8] c"g_821\00", align 1
@g_824 = internal global i32 -136255177, align 4
@.str.31 = private unnamed_addr constant [6 x i8] c"g_824\00", align 1
@g_835 = internal global i32 -8, align 4
@.str.32 = private unnamed_addr constant [6 x i8] c"g_835\00", align 1
@g_948 = internal global [8 x [5 x i16]] [[5 x i16] [i16 -6, i16 -8, i16 -20865, i16 -8, i16 -6], [5 x i16] [i16 -6, i16 -8, i16 -20865, i16 -8, i16 -6], [5 x i16] [i16 -6, i16 -8, i16 -20865, i16 -8, i16 -6], [5 x i16] [i16 -6, i16 -8, i16 -20865, i16 -8, i16 -6], [5 x i16] [i16 -6, i16 -8, i16 -20865, i16 -8, i16 -6], [5 x i16] [i16 -6, i16 -8, i16 -20865, i16 -8, i16 -6], [5 x i16] [i16 -6, i16 -8, i16 -20865, i16 -8, i16 -6], [5 x i16] [i16 -6, i16 -8, i16 -20865, i16 -8, i16 -6]], align 2
@.str.33 = private unnamed_addr constant [12 x i8] c"g_948[i][j]\00", align 1
@g_1007 = internal global i8 2, align 1
@.str.34 = private unnamed_addr constant [7 x i8] c"g_1007\00", align 1
@g_1329 = internal global i16 -1, align 2
@.str.35 = private unnamed_addr constant [7 x i8] c"g_1329\00", align 1
@g_1413 = internal global i32 1, align 4
@.str.36 = private unnamed_addr constant [7 x i8] c"g_1413\00", align 1
@g_1420 = internal global i32 -878644821, align 4
@.str.37 = private unnamed_addr constant [7 x i8] c"g_1420\00", align 1
@.str.38 = private unnamed_addr constant [7 x i8] c"g_1439\00", align 1
@g_1517 = internal global i16 0, align 2
@.str.39 = private unnamed_addr constant [7 x i8] c"g_1517\00", align 1
@g_1561 = internal global i8 0, align 1
@.str.40 = private unnamed_addr constant [7 x i8] c"g_1561\00", align 1
@g_1737 = internal global i16 5338, align 2
@.str.41 = private unnamed_addr constant [7 x i8] c"g_1737\00", align 1
@g_1743 = internal global i32 8, align 4
@.str.42 = private unnamed_addr constant [7 x i8] c"g_1743\00", align 1
@g_1786 = internal global i64 1, align 8
@.str.43 = private unnamed_addr constant [7 x i8] c"g_1786\00", align 1
@g_1811 = internal global i8 5, align 1
@.str.44 = private unnamed_addr constant [7 x i8] c"g_1811\00", align 1
@g_2007 = internal global [4 x [2 x [2 x i16]]] [[2 x [2 x i16]] [[2 x i16] [i16 -4, i16 32039], [2 x i16] [i16 -4, i16 32039]], [2 x [2 x i16]] [[2 x i16] [i16 -4, i16 32039], [2 x i16] [i16 -4, i16 32039]], [2 x [2 x i16]] [[2 x i16] [i16 -4, i16 32039], [2 x i16] [i16 -4, i16 32039]], [2 x [2 x i16]] [[2 x i16] [i16 -4, i16 32039], [2 x i16] [i16 -4, i16 32039]]], align 2
@.str.45 = private unnamed_addr constant [16 x i8] c"g_2007[i][j][k]\00", align 1
@g_2008 = internal global i64 4476635478643033849, align 8
@.str.46 = private unnamed_addr constant [7 x i8] c"g_2008\00", align 1
@g_2120 = internal global i64 378124928106571867, align 8
@.str.47 = private unnamed_addr constant [7 x i8] c"g_2120\00", align 1
@g_2160 = internal global i16 -4, align 2
@.str.48 = private unnamed_addr constant [7 x i8] c"g_2160\00", align 1
@g_2182 = internal global i64 4956866446088314211, align 8
@.str.49 = private unnamed_addr constant [7 x i8] c"g_2182\00", align 1
@g_2230 = internal global i32 1, align 4
@.str.50 = private unnamed_addr constant [7 x i8] c"g_2230\00", align 1
@g_2232 = internal global [10 x i64] zeroinitializer, align 8
@.str.51 = private unnamed_addr constant [10 x i8] c"g_2232[i]\00", align 1
@g_2388 = internal global [9 x [9 x [3 x i32]]] [[9 x [3 x i32]] [[3 x i32] [i32 8, i32 0, i32 3], [3 x i32] [i32 -846715724, i32 -462019754, i32 -1], [3 x i32] [i32 0, i32 0, i32 -462019754], [3 x i32] [i32 414590245, i32 -506468210, i32 724236195], [3 x i32] [i32 414590245, i32 724236195, i32 -506468210], [3 x i32] [i32 -462019754, i32 -8, i32 3], [3 x i32] [i32 -506468210, i32 8, i32 -506468210], [3 x i32] [i32 6, i32 347524901, i32 -1], [3 x i32] [i32 -846715724, i32 347524901, i32 414590245]], [9 x [3 x i32]] [[3 x i32] [i32 -8, i32 8, i32 -1410285310], [3 x i32] [i32 0, i32 -8, i32 -8], [3 x i32] [i32 -8, i32 724236195, i32 -462019754], [3 x i32] [i32 -846715724, i32 3, i32 -462019754], [3 x i32] [i32 6, i32 -462019754, i32 -8], [3 x i32] [i32 -506468210, i32 414590245, i32 -1410285310], [3 x i32] [i32 -462019754, i32 -462019754, i32 414590245], [3 x i32] [i32 8, i32 3, i32 -1], [3 x i32] [i32 8, i32 724236195, i32 -506468210]], [9 x [3 x i32]] [[3 x i32] [i32 -462019754, i32 -8, i32 3], [3 x i32] [i32 -506468210, i32 8, i32 -506468210], [3 x i32] [i32 6, i32 347524901, i32 -1], [3 x i32] [i32 -846715724, i32 347524901, i32 414590245], [3 x i32] [i32 -8, i32 8, i32 -1410285310], [3 x i32] [i32 0, i32 -8, i32 -8], [3 x i32] [i32 -8, i32 724236195, i32 -462019754], [3 x i32] [i32 -846715724, i32 3, i32 -462019754], [3 x i32] [i32 6, i32 -462019754, i32 -8]], [9 x [3 x i32]] [[3 x i32] [i32 -506468210, i32 414590245, i32 -1410285310], [3 x i32] [i32 -462019754, i32 -462019754, i32 414590245], [3 x i32] [i32 8, i32 3, i32 -1], [3 x i32] [i32 8, i32 724236195, i32 -506468210], [3 x i32] [i32 -462019754, i32 -8, i32 3], [3 x i32] [i32 -506468210, i32 8, i32 -506468210], [3 x i32] [i32 6, i32 347524901, i32 -1], [3 x i32] [i32 -846715724, i32 347524901, i32 414590245], [3 x i32] [i32 -8, i32 8, i32 -1410285310]], [9 x [3 x i32]] [[3 x i32] [i32 0, i32 -8, i32 -8], [3 x i32] [i32 -8, i32 724236195, i32 -462019754], [3 x i32] [i32 -846715724, i32 3, i32 -462019754], [3 x i32] [i32 6, i32 -462019754, i32 -8], [3 x i32] [i32 -506468210, i32 414590245, i32 -1410285310], [3 x i32] [i32 -462019754, i32 -462019754, i32 414590245], [3 x i32] [i32 8, i32 3, i32 -1], [3 x i32] [i32 8, i32 724236195, i32 -506468210], [3 x i32] [i32 -462019754, i32 -8, i32 3]], [9 x [3 x i32]] [[3 x i32] [i32 -506468210, i32 8, i32 -506468210], [3 x i32] [i32 6, i32 347524901, i32 -1], [3 x i32] [i32 -846715724, i32 347524901, i32 414590245], [3 x i32] [i32 -8, i32 8, i32 -1410285310], [3 x i32] [i32 0, i32 -8, i32 -8], [3 x i32] [i32 -8, i32 724236195, i32 -462019754], [3 x i32] [i32 -846715724, i32 3, i32 -462019754], [3 x i32] [i32 6, i32 -462019754, i32 -8], [3 x i32] [i32 -506468210, i32 414590245, i32 -1410285310]], [9 x [3 x i32]] [[3 x i32] [i32 -462019754, i32 -462019754, i32 414590245], [3 x i32] [i32 8, i32 3, i32 -1], [3 x i32] [i32 8, i32 724236195, i32 -506468210], [3 x i32] [i32 -462019754, i32 -8, i32 3], [3 x i32] [i32 -506468210, i32 8, i32 -506468210], [3 x i32] [i32 6, i32 347524901, i32 -1], [3 x i32] [i32 -846715724, i32 347524901, i32 414590245], [3 x i32] [i32 -8, i32 8, i32 -1410285310], [3 x i32] [i32 0, i32 -8, i32 -8]], [9 x [3 x i32]] [[3 x i32] [i32 -8, i32 724236195, i32 -462019754], [3 x i32] [i32 -846715724, i32 3, i32 -462019754], [3 x i32] [i32 6, i32 -462019754, i32 -8], [3 x i32] [i32 -506468210, i32 414590245, i32 -1410285310], [3 x i32] [i32 -462019754, i32 -462019754, i32 8], [3 x i32] [i32 6, i32 -8, i32 -1410285310], [3 x i32] [i32 6, i32 -1, i32 3], [3 x i32] [i32 414590245, i32 0, i32 -8], [3 x i32] [i32 3, i32 6, i32 3]], [9 x [3 x i32]] [[3 x i32] [i32 347524901, i32 724236195, i32 -1410285310], [3 x i32] [i32 -506468210, i32 724236195, i32 8], [3 x i32] [i32 0, i32 6, i32 -846715724], [3 x i32] [i32 -462019754, i32 0, i32 0], [3 x i32] [i32 0, i32 -1, i32 414590245], [3 x i32] [i32 -506468210, i32 -8, i32 414590245], [3 x i32] [i32 347524901, i32 414590245, i32 0], [3 x i32] [i32 3, i32 8, i32 -846715724], [3 x i32] [i32 414590245, i32 414590245, i32 8]]], align 4
@.str.52 = private unnamed_addr constant [16 x i8] c"g_2388[i][j][k]\00", align 1
@g_2510 = internal global i32 821732569, align 4
@.str.53 = private unnamed_addr constant [7 x i8] c"g_2510\00", align 1
@g_2740 = internal global i32 -745680260, align 4
@.str.54 = private unnamed_addr constant [7 x i8] c"g_2740\00", align 1
@g_2758 = internal global i16 -17860, align 2
@.str.55 = private unnamed_addr constant [7 x i8] c"g_2758\00", align 1
@g_2853 = internal global i64 -4253158192291917593, align 8
@.str.56 = private unnamed_addr constant [7 x i8] c"g_2853\00", align 1
@g_3052 = internal global i16 -25074, align 2
@.str.57 = private unnamed_addr constant [7 x i8] c"g_3052\00", align 1
@g_3092 = internal global i8 -53, align 1
@.str.58 = private unnamed_addr constant [7 x i8] c"g_3092\00", align 1
@g_3145 = internal global [7 x [3 x i32]] [[3 x i32] [i32 0, i32 -1, i32 -787059633], [3 x i32] [i32 0, i32 -439015056, i32 0], [3 x i32] [i32 0, i32 1, i32 1324171322], [3 x i32] [i32 0, i32 -1, i32 -787059633], [3 x i32] [i32 0, i32 -439015056, i32 0], [3 x i32] [i32 0, i32 1, i32 1324171322], [3 x i32] [i32 0, i32 -1, i32 -787059633]], align 4
@.str.59 = private unnamed_addr constant [13 x i8] c"g_3145[i][j]\00", align 1
@g_3151 = internal global [3 x [8 x i32]] [[8 x i32] [i32 969721655, i32 -1697776688, i32 969721655, i32 -1, i32 1, i32 -1, i32 969721655, i32 -1697776688], [8 x i32] [i32 1, i32 -1, i32 969721655, i32 -1697776688, i32 969721655, i32 -1, i32 1, i32 -1], [8 x i32] [i32 1, i32 -1697776688, i32 386322615, i32 -1697776688, i32 1, i32 -705707764, i32 1, i32 -1697776688]], align 4
@.str.60 = private unnamed_addr constant [13 x i8] c"g_3151[i][j]\00", align 1
@g_3153 = internal global [2 x i32] [i32 1, i32 1], align 4
@.str.61 = private unnamed_addr constant [10 x i8] c"g_3153[i]\00", align 1
@g_3155 = internal global i32 -276415689, align 4
@.str.62 = private unnamed_addr constant [7 x i8] c"g_3155\00", align 1
@g_3157 = internal global i32 2, align 4
@.str.63 = private unnamed_addr constant [7 x i8] c"g_3157\00", align 1
@g_3159 = internal global [5 x [10 x i32]] [[10 x i32] [i32 1, i32 2, i32 1641517342, i32 -1, i32 1641517342, i32 2, i32 1, i32 2, i32 1641517342, i32 -1], [10 x i32] [i32 1641517342, i32 -1, i32 1641517342, i32 2, i32 1, i32 2, i32 1641517342, i32 -1, i32 1641517342, i32 2], [10 x i32] [i32 1, i32 -1, i32 0, i32 -1, i32 1, i32 7, i32 1, i32 -1, i32 0, i32 -1], [10 x i32] [i32 1, i32 2, i32 1641517342, i32 -1, i32 1641517342, i32 2, i32 1, i32 2, i32 1641517342, i32 -1], [10 x i32] [i32 1641517342, i32 -1, i32 1641517342, i32 2, i32 1, i32 2, i32 1641517342, i32 -1, i32 1641517342, i32 2]], align 4
@.str.64 = private unnamed_addr constant [13 x i8] c"g_3159[i][j]\00", align 1
@g_3161 = internal global i32 -1, align 4
@.str.65 = private unnamed_addr constant [7 x i8] c"g_3161\00", align 1
@g_3163 = internal global i32 662380923, align 4
@.str.66 = private unnamed_addr constant [7 x i8] c"g_3163\00", align 1
@g_3165 = internal global i32 -1598680103, align 4
@.str.67 = private unnamed_addr constant [7 x i8] c"g_3165\00", align 1
@g_3167 = internal global [2 x i32] [i32 1485163244, i32 1485163244], align 4
@.str.68 = private unnamed_addr constant [10 x i8] c"g_3167[i]\00", align 1
@g_3168 = internal global i32 1136538837, align 4
@.str.69 = private unnamed_addr constant [7 x i8] c"g_3168\00", align 1
@g_3169 = internal global i32 642286461, align 4
@.str.70 = private unnamed_addr constant [7 x i8] c"g_3169\00", align 1
@g_3170 = internal global [5 x i32] [i32 -1421061283, i32 -1421061283, i32 -1421061283, i32 -1421061283, i32 -1421061283], align 4
@.str.71 = private unnamed_addr constant [10 x i8] c"g_3170[i]\00", align 1
@g_3171 = internal global [4 x [7 x i32]] [[7 x i32] [i32 197407487, i32 197407487, i32 197407487, i32 197407487, i32 197407487, i32 197407487, i32 197407487], [7 x i32] [i32 197407487, i32 197407487, i32 197407487, i32 197407487, i32 197407487, i32 197407487, i32 197407487], [7 x i32] [i32 197407487, i32 197407487, i32 197407487, i32 197407487, i32 197407487, i32 197407487, i32 197407487], [7 x i32] [i32 197407487, i32 197407487, i32 197407487, i32 197407487, i32 197407487, i32 197407487, i32 197407487]], align 4
@.str.72 = private unnamed_addr constant [13 x i8] c"g_3171[i][j]\00", align 1
@g_3172 = internal global i32 1987063177, align 4
@.str.73 = private unnamed_addr constant [7 x i8] c"g_3172\00", align 1
@g_3173 = internal global i32 3, align 4
@.str.74 = private unnamed_addr constant [7 x i8] c"g_3173\00", align 1
@g_3174 = internal global i32 -1989856210, align 4
@.str.75 = private unnamed_addr constant [7 x i8] c"g_3174\00", align 1
@g_3175 = internal global i32 1711230840, align 4
@.str.76 = private unnamed_addr constant [7 x i8] c"g_3175\00", align 1
@g_3176 = internal global i32 -99181664, align 4
@.str.77 = private unnamed_addr constant [7 x i8] c"g_3176\00", align 1
@g_3177 = internal global i32 1, align 4
@.str.78 = private unnamed_addr constant [7 x i8] c"g_3177\00", align 1
@g_3178 = internal global i32 -1, align 4
@.str.79 = private unnamed_addr constant [7 x i8] c"g_3178\00", align 1
@g_3179 = internal global i32 -7, align 4
@.str.80 = private unnamed_addr constant [7 x i8] c"g_3179\00", align 1
@g_3180 = internal global i32 -1, align 4
@.str.81 = private unnamed_addr constant [7 x i8] c"g_3180\00", align 1
@g_3181 = internal global i32 -6, align 4
@.str.82 = private unnamed_addr constant [7 x i8] c"g_3181\00", align 1
@g_3182 = internal global i32 1152215233, align 4
@.str.83 = private unnamed_addr constant [7 x i8] c"g_3182\00", align 1
@g_3183 = internal global i32 1, align 4
@.str.84 = private unnamed_addr constant [7 x i8] c"g_3183\00", align 1
@g_3184 = internal global [9 x i32] [i32 -7, i32 -7, i32 -7, i32 -7, i32 -7, i32 -7, i32 -7, i32 -7, i32 -7], align 4
@.str.85 = private unnamed_addr constant [10 x i8] c"g_3184[i]\00", align 1
@g_3185 = internal global i32 0, align 4
@.str.86 = private unnamed_addr constant [7 x i8] c"g_3185\00", align 1
@g_3186 = internal global [6 x i32] [i32 1, i32 -309607230, i32 1, i32 1, i32 -309607230, i32 1], align 4
@.str.87 = private unnamed_addr constant [10 x i8] c"g_3186[i]\00", align 1
@g_3187 = internal global i32 0, align 4
@.str.88 = private unnamed_addr constant [7 x i8] c"g_3187\00", align 1
@g_3188 = internal global i32 369697382, align 4
@.str.89 = private unnamed_addr constant [7 x i8] c"g_3188\00", align 1
@g_3189 = internal global [8 x i32] [i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1], align 4
@.str.90 = private unnamed_addr constant [10 x i8] c"g_3189[i]\00", align 1
@g_3190 = internal global i32 0, align 4
@.str.91 = private unnamed_addr constant [7 x i8] c"g_3190\00", align 1
@g_3191 = internal global i32 0, align 4
@.str.92 = private unnamed_addr constant [7 x i8] c"g_3191\00", align 1
@g_3192 = internal global i32 1055272969, align 4
@.str.93 = private unnamed_addr constant [7 x i8] c"g_3192\00", align 1
@g_3193 = internal global [3 x [8 x [10 x i32]]] [[8 x [10 x i32]] [[10 x i32] [i32 1938345509, i32 -582213717, i32 -859505998, i32 1814205532, i32 -7, i32 -808306234, i32 -1, i32 -808306234, i32 -7, i32 1814205532], [10 x i32] [i32 1938345509, i32 -1, i32 1938345509, i32 1648872205, i32 -541588086, i32 1404000996, i32 1894176172, i32 0, i32 -302723978, i32 1], [10 x i32] [i32 1404000996, i32 1894176172, i32 0, i32 -302723978, i32 1, i32 0, i32 -1, i32 0, i32 1814205532, i32 -1793314285], [10 x i32] [i32 -2079904911, i32 1, i32 1938345509, i32 -5, i32 -302723978, i32 -1048363639, i32 -1609311822, i32 -808306234, i32 -1793314285, i32 738336966], [10 x i32] [i32 931980155, i32 1393414198, i32 -859505998, i32 354609389, i32 -302723978, i32 1938345509, i32 -1589344021, i32 0, i32 70475593, i32 -1793314285], [10 x i32] [i32 -859505998, i32 -1609311822, i32 -1942147256, i32 0, i32 1, i32 7, i32 -582213717, i32 847537461, i32 -541588086, i32 1], [10 x i32] [i32 1, i32 -1609311822, i32 1, i32 70475593, i32 -541588086, i32 -859505998, i32 -1589344021, i32 1404000996, i32 849341587, i32 1814205532], [10 x i32] [i32 -1942147256, i32 1393414198, i32 12685360, i32 0, i32 -7, i32 0, i32 -1609311822, i32 931980155, i32 849341587, i32 1]], [8 x [10 x i32]] [[10 x i32] [i32 0, i32 1, i32 -808306234, i32 70475593, i32 -6, i32 -36588065, i32 -1, i32 12685360, i32 -541588086, i32 -541588086], [10 x i32] [i32 -1436528686, i32 1894176172, i32 -36588065, i32 0, i32 0, i32 -36588065, i32 1894176172, i32 -1436528686, i32 70475593, i32 -302723978], [10 x i32] [i32 0, i32 -1, i32 931980155, i32 354609389, i32 -5, i32 0, i32 -1, i32 -859505998, i32 -1793314285, i32 0], [10 x i32] [i32 -1942147256, i32 -582213717, i32 931980155, i32 -5, i32 -3, i32 -859505998, i32 0, i32 -1436528686, i32 1814205532, i32 1648872205], [10 x i32] [i32 1, i32 1580221232, i32 -36588065, i32 -302723978, i32 849341587, i32 7, i32 -1, i32 12685360, i32 -302723978, i32 1648872205], [10 x i32] [i32 -859505998, i32 -1, i32 -808306234, i32 1648872205, i32 -3, i32 1938345509, i32 1540441166, i32 931980155, i32 -7, i32 0], [10 x i32] [i32 931980155, i32 -1, i32 12685360, i32 1814205532, i32 -5, i32 -1048363639, i32 1540441166, i32 1404000996, i32 0, i32 -302723978], [10 x i32] [i32 -2079904911, i32 -1, i32 1, i32 -3, i32 0, i32 0, i32 -1, i32 847537461, i32 -5, i32 -541588086]], [8 x [10 x i32]] [[10 x i32] [i32 1404000996, i32 1580221232, i32 -1942147256, i32 -3, i32 -6, i32 1404000996, i32 0, i32 0, i32 0, i32 7], [10 x i32] [i32 0, i32 0, i32 -1627286925, i32 1404000996, i32 12685360, i32 1097004208, i32 -1063618302, i32 1097004208, i32 12685360, i32 1404000996], [10 x i32] [i32 0, i32 2, i32 0, i32 -2079904911, i32 -808306234, i32 -1198073472, i32 1125507571, i32 1878712246, i32 931980155, i32 -36588065], [10 x i32] [i32 -1198073472, i32 1125507571, i32 1878712246, i32 931980155, i32 -36588065, i32 1, i32 -1, i32 1878712246, i32 1404000996, i32 847537461], [10 x i32] [i32 5, i32 -1993509516, i32 0, i32 -859505998, i32 931980155, i32 9, i32 0, i32 1097004208, i32 847537461, i32 -1048363639], [10 x i32] [i32 -562865109, i32 517092971, i32 -1627286925, i32 1, i32 931980155, i32 0, i32 272759389, i32 1, i32 0, i32 847537461], [10 x i32] [i32 -1627286925, i32 0, i32 1714974134, i32 -1942147256, i32 -36588065, i32 -1, i32 0, i32 1005281996, i32 -808306234, i32 -36588065], [10 x i32] [i32 89414577, i32 0, i32 -1962905948, i32 0, i32 -808306234, i32 -1627286925, i32 272759389, i32 -1198073472, i32 0, i32 1404000996]]], align 4
@.str.94 = private unnamed_addr constant [16 x i8] c"g_3193[i][j][k]\00", align 1
@g_3194 = internal global i32 1415009159, align 4
@.str.95 = private unnamed_addr constant [7 x i8] c"g_3194\00", align 1
@g_3195 = internal global i32 1, align 4
@.str.96 = private unnamed_addr constant [7 x i8] c"g_3195\00", align 1
@g_3196 = internal global i32 1, align 4
@.str.97 = private unnamed_addr constant [7 x i8] c"g_3196\00", align 1
@g_3197 = internal global i32 -2, align 4
@.str.98 = private unnamed_addr constant [7 x i8] c"g_3197\00", align 1
@g_3200 = internal global [5 x [8 x [2 x i32]]] [[8 x [2 x i32]] [[2 x i32] [i32 -1376281698, i32 -1], [2 x i32] [i32 -6, i32 -1], [2 x i32] [i32 -1, i32 0], [2 x i32] [i32 0, i32 -1495337182], [2 x i32] [i32 -1310203782, i32 9], [2 x i32] [i32 0, i32 1], [2 x i32] [i32 -1, i32 944704188], [2 x i32] [i32 3, i32 944704188]], [8 x [2 x i32]] [[2 x i32] [i32 -1, i32 1], [2 x i32] [i32 0, i32 9], [2 x i32] [i32 -1310203782, i32 -1495337182], [2 x i32] zeroinitializer, [2 x i32] [i32 -1, i32 -1], [2 x i32] [i32 -6, i32 -1], [2 x i32] [i32 -1376281698, i32 1], [2 x i32] [i32 -1495337182, i32 3]], [8 x [2 x i32]] [[2 x i32] [i32 -1641290334, i32 -1376281698], [2 x i32] [i32 5, i32 5], [2 x i32] [i32 1, i32 -1416900403], [2 x i32] [i32 -1, i32 0], [2 x i32] [i32 -1730086048, i32 593810344], [2 x i32] [i32 0, i32 -1730086048], [2 x i32] [i32 -375502670, i32 -117435505], [2 x i32] [i32 -375502670, i32 -1730086048]], [8 x [2 x i32]] [[2 x i32] [i32 0, i32 593810344], [2 x i32] [i32 -1730086048, i32 0], [2 x i32] [i32 -1, i32 -1416900403], [2 x i32] [i32 1, i32 5], [2 x i32] [i32 5, i32 -1376281698], [2 x i32] [i32 -1641290334, i32 3], [2 x i32] [i32 -1495337182, i32 1], [2 x i32] [i32 -1376281698, i32 -1]], [8 x [2 x i32]] [[2 x i32] [i32 -6, i32 -1641290334], [2 x i32] [i32 -671597068, i32 -1310203782], [2 x i32] [i32 1, i32 -1], [2 x i32] [i32 -375502670, i32 -309620674], [2 x i32] zeroinitializer, [2 x i32] [i32 3, i32 -1], [2 x i32] [i32 -3, i32 -1], [2 x i32] [i32 3, i32 0]]], align 4
@.str.99 = private unnamed_addr constant [16 x i8] c"g_3200[i][j][k]\00", align 1
@g_3202 = internal global [2 x [8 x [3 x i32]]] [[8 x [3 x i32]] [[3 x i32] [i32 -545616784, i32 -1, i32 -1], [3 x i32] [i32 1, i32 -1584563069, i32 1], [3 x i32] [i32 -545616784, i32 -545616784, i32 -1], [3 x i32] [i32 1, i32 -1584563069, i32 1], [3 x i32] [i32 -545616784, i32 -1, i32 -1], [3 x i32] [i32 1, i32 -1584563069, i32 1], [3 x i32] [i32 -545616784, i32 -545616784, i32 -1], [3 x i32] [i32 1, i32 -1584563069, i32 1]], [8 x [3 x i32]] [[3 x i32] [i32 -545616784, i32 -1, i32 -1], [3 x i32] [i32 1, i32 -1584563069, i32 1], [3 x i32] [i32 -545616784, i32 -545616784, i32 -1], [3 x i32] [i32 1, i32 -1584563069, i32 1], [3 x i32] [i32 -545616784, i32 -1, i32 -1], [3 x i32] [i32 1, i32 -1584563069, i32 1], [3 x i32] [i32 -545616784, i32 -545616784, i32 -1], [3 x i32] [i32 1, i32 -1584563069, i32 1]]], align 4
@.str.100 = private unnamed_addr constant [16 x i8] c"g_3202[i][j][k]\00", align 1
@g_3315 = internal global i8 0, align 1
@.str.101 = private unnamed_addr constant [7 x i8] c"g_3315\00", align 1
@.str.102 = private unnamed_addr constant [7 x i8] c"g_3348\00", align 1
@g_3353 = internal global i16 -1, align 2
@.str.103 = private unnamed_addr constant [7 x i8] c"g_3353\00", align 1
@.str.104 = private unnamed_addr constant [7 x i8] c"g_3462\00", align 1
@g_3497 = internal global i32 -1, align 4
@.str.105 = private unnamed_addr constant [7 x i8] c"g_3497\00", align 1
@g_3718 = internal global i64 -1061343409827284508, align 8
@.str.106 = private unnamed_addr constant [7 x i8] c"g_3718\00", align 1
@g_3853 = internal global i8 -1, align 1
@.str.107 = private unnamed_addr constant [7 x i8] c"g_3853\00", align 1
@g_3889 = internal global i32 475014991, align 4
@.str.108 = private unnamed_addr constant [7 x i8] c"g_3889\00", align 1
@g_3908 = internal global i32 1, align 4
@.str.109 = private unnamed_addr constant [7 x i8] c"g_3908\00", align 1
@g_3983 = internal global i64 -2887128917356171980, align 8
@.str.110 = private unnamed_addr constant [7 x i8] c"g_3983\00", align 1
@.str.111 = private unnamed_addr constant [7 x i8] c"g_4032\00", align 1
@g_4095 = internal global i64 -9, align 8
@.str.112 = private unnamed_addr constant [7 x i8] c"g_4095\00", align 1
@g_4167 = internal global [10 x i16] [i16 6524, i16 6524, i16 6524, i16 6524, i16 6524, i16 6524, i16 6524, i16 6524, i16 6524, i16 6524], align 2
@.str.113 = private unnamed_addr constant [10 x i8] c"g_4167[i]\00", align 1
@g_4235 = internal global [1 x [5 x i32]] [[5 x i32] [i32 1122715035, i32 1122715035, i32 1122715035, i32 1122715035, i32 1122715035]], align 4
@.str.114 = private unnamed_addr constant [13 x i8] c"g_4235[i][j]\00", align 1
@g_4260 = internal global [8 x i64] [i64 3410340934672302279, i64 3410340934672302279, i64 3410340934672302279, i64 3410340934672302279, i64 3410340934672302279, i64 3410340934672302279, i64 3410340934672302279, i64 3410340934672302279], align 8
@.str.115 = private unnamed_addr constant [10 x i8] c"g_4260[i]\00", align 1
@.str.116 = private unnamed_addr constant [7 x i8] c"g_4447\00", align 1
@g_4480 = internal global i32 -61671805, align 4
@.str.117 = private unnamed_addr constant [7 x i8] c"g_4480\00", align 1
@crc32_context = internal global i32 -1, align 4
@crc32_tab = internal global [256 x i32] zeroinitializer, align 4
@__const.func_1.l_3050 = private unnamed_addr constant [8 x [6 x [3 x i32]]] [[6 x [3 x i32]] [[3 x i32] [i32 5, i32 -1335149066, i32 0], [3 x i32] [i32 1869669912, i32 -738556963, i32 1], [3 x i32] [i32 -1, i32 7, i32 -738556963], [3 x i32] [i32 -640980833, i32 0, i32 -435786515], [3 x i32] [i32 1, i32 -10, i32 7], [3 x i32] [i32 0, i32 -1, i32 -1671765781]], [6 x [3 x i32]] [[3 x i32] [i32 0, i32 -2, i32 -640980833], [3 x i32] [i32 1, i32 0, i32 723678968], [3 x i32] [i32 -640980833, i32 -860514576, i32 9], [3 x i32] [i32 -1, i32 -963874202, i32 -1335149066], [3 x i32] [i32 1869669912, i32 5, i32 -8], [3 x i32] [i32 5, i32 0, i32 1]], [6 x [3 x i32]] [[3 x i32] [i32 1, i32 1, i32 -1050909891], [3 x i32] [i32 -1050909891, i32 7, i32 2095455570], [3 x i32] [i32 -8, i32 0, i32 -6], [3 x i32] [i32 -795708978, i32 -667970585, i32 8], [3 x i32] [i32 -6, i32 -8, i32 -6], [3 x i32] [i32 -963874202, i32 -1, i32 2095455570]], [6 x [3 x i32]] [[3 x i32] [i32 1, i32 569324368, i32 -1050909891], [3 x i32] [i32 1, i32 1, i32 1], [3 x i32] [i32 -245337084, i32 -1, i32 -8], [3 x i32] [i32 -2, i32 1, i32 -1335149066], [3 x i32] [i32 0, i32 -6, i32 9], [3 x i32] [i32 1165297052, i32 -6, i32 723678968]], [6 x [3 x i32]] [[3 x i32] [i32 0, i32 822253, i32 -640980833], [3 x i32] [i32 -2, i32 3, i32 -1671765781], [3 x i32] [i32 -1, i32 3, i32 7], [3 x i32] [i32 9, i32 822253, i32 -435786515], [3 x i32] [i32 591723196, i32 -6, i32 -738556963], [3 x i32] [i32 1780978225, i32 -6, i32 1]], [6 x [3 x i32]] [[3 x i32] [i32 2095455570, i32 1, i32 0], [3 x i32] [i32 -9, i32 -1, i32 2], [3 x i32] [i32 -667970585, i32 1, i32 -667970585], [3 x i32] [i32 1, i32 569324368, i32 -1], [3 x i32] [i32 0, i32 -1, i32 1], [3 x i32] [i32 7, i32 -8, i32 1869669912]], [6 x [3 x i32]] [[3 x i32] [i32 404199199, i32 -667970585, i32 0], [3 x i32] [i32 7, i32 0, i32 3], [3 x i32] [i32 0, i32 7, i32 -245337084], [3 x i32] [i32 1, i32 1, i32 0], [3 x i32] [i32 -667970585, i32 0, i32 1165297052], [3 x i32] [i32 -9, i32 5, i32 -1346625860]], [6 x [3 x i32]] [[3 x i32] [i32 2095455570, i32 -963874202, i32 -860514576], [3 x i32] [i32 1780978225, i32 -860514576, i32 569324368], [3 x i32] [i32 591723196, i32 0, i32 1], [3 x i32] [i32 9, i32 -2, i32 9], [3 x i32] [i32 -1, i32 -1, i32 9], [3 x i32] [i32 -2, i32 -10, i32 1]]], align 4
@g_2465 = internal global [9 x [2 x ptr]] [[2 x ptr] [ptr @g_2466, ptr null], [2 x ptr] [ptr null, ptr @g_2466], [2 x ptr] zeroinitializer, [2 x ptr] [ptr @g_2466, ptr null], [2 x ptr] [ptr null, ptr @g_2466], [2 x ptr] zeroinitializer, [2 x ptr] [ptr @g_2466, ptr null], [2 x ptr] [ptr null, ptr @g_2466], [2 x ptr] zeroinitializer], align 4
@__const.func_1.l_3074 = private unnamed_addr constant [9 x [7 x [2 x ptr]]] [[7 x [2 x ptr]] [[2 x ptr] [ptr null, ptr getelementptr (i8, ptr @g_2465, i64 32)], [2 x ptr] [ptr getelementptr (i8, ptr @g_2465, i64 32), ptr getelementptr (i8, ptr @g_2465, i64 32)], [2 x ptr] [ptr getelementptr (i8, ptr @g_2465, i64 32), ptr getelementptr (i8, ptr @g_2465, i64 32)], [2 x ptr] [ptr null, ptr getelementptr (i8, ptr @g_2465, i64 32)], [2 x ptr] [ptr null, ptr getelementptr (i8, ptr @g_2465, i64 32)], [2 x ptr] [ptr getelementptr (i8, ptr @g_2465, i64 32), ptr getelementptr (i8, ptr @g_2465, i64 32)], [2 x ptr] [ptr getelementptr (i8, ptr @g_2465, i64 32), ptr getelementptr (i8, ptr @g_2465, i64 32)]], [7 x [2 x ptr]] [[2 x ptr] [ptr null, ptr getelementptr (i8, ptr @g_2465, i64 32)], [2 x ptr] [ptr null, ptr getelementptr (i8, ptr @g_2465, i64 32)], [2 x ptr] [ptr getelementptr (i8, ptr @g_2465, i64 32), ptr getelementptr (i8, ptr @g_2465, i64 32)], [2 x ptr] [ptr getelementptr (i8, ptr @g_2465, i64 32), ptr getelementptr (i8, ptr @g_2465, i64 32)], [2 x ptr] [ptr null, ptr getelementptr (i8, ptr @g_2465, i64 32)], [2 x ptr] [ptr null, ptr getelementptr (i8, ptr @g_2465, i64 32)], [2 x ptr] [ptr getelementptr (i8, ptr @g_2465, i64 32), ptr getelementptr (i8, ptr @g_2465, i64 32)]], [7 x [2 x ptr]] [[2 x ptr] [ptr getelementptr (i8, ptr @g_2465, i64 32), ptr getelementptr (i8, ptr @g_2465, i64 32)], [2 x ptr] [ptr null, ptr getelementptr (i8, ptr @g_2465, i64 32)], [2 x ptr] [ptr null, ptr getelementptr (i8, ptr @g_2465, i64 32)], [2 x ptr] [ptr getelementptr (i8, ptr @g_2465, i64 32), ptr getelementptr (i8, ptr @g_2465, i64 32)], [2 x ptr] [ptr getelementptr (i8, ptr @g_2465, i64 32), ptr getelementptr (i8, ptr @g_2465, i64 32)], [2 x ptr] [ptr null, ptr getelementptr (i8, ptr @g_2465, i64 32)], [2 x ptr] [ptr null, ptr getelementptr (i8, ptr @g_2465, i64 32)]], [7 x [2 x ptr]] [[2 x ptr] [ptr getelementptr (i8, ptr @g_2465, i64 32), ptr getelementptr (i8, ptr @g_2465, i64 32)], [2 x ptr] [ptr getelementptr (i8, ptr @g_2465, i64 32), ptr getelementptr (i8, ptr @g_2465, i64 32)], [2 x ptr] [ptr null, ptr getelementptr (i8, ptr @g_2465, i64 32)], [2 x ptr] [ptr null, ptr getelementptr (i8, ptr @g_2465, i64 32)], [2 x ptr] [ptr getelementptr (i8, ptr @g_2465, i64 32), ptr getelementptr (i8, ptr @g_2465, i64 32)], [2 x ptr] [ptr getelementptr (i8, ptr @g_2465, i64 32), ptr getelementptr (i8, ptr @g_2465, i64 32)], [2 x ptr] [ptr null, ptr getelementptr (i8, ptr @g_2465, i64 32)]], [7 x [2 x ptr]] [[2 x ptr] [ptr null, ptr getelementptr (i8, ptr @g_2465, i64 32)], [2 x ptr] [ptr getelementptr (i8, ptr @g_2465, i64 32), ptr getelementptr (i8, ptr @g_2465, i64 32)], [2 x ptr] [ptr getelementptr (i8, ptr @g_2465, i64 32), ptr getelementptr (i8, ptr @g_2465, i64 32)], [2 x ptr] [ptr null, ptr getelementptr (i8, ptr @g_2465, i64 32)], [2 x ptr] [ptr null, ptr getelementptr (i8, ptr @g_2465, i64 32)], [2 x ptr] [ptr getelementptr (i8, ptr @g_2465, i64 32), ptr getelementptr (i8, ptr @g_2465, i64 32)], [2 x ptr] [ptr getelementptr (i8, ptr @g_2465, i64 32), ptr getelementptr (i8, ptr @g_2465, i64 32)]], [7 x [2 x ptr]] [[2 x ptr] [ptr null, ptr getelementptr (i8, ptr @g_2465, i64 32)], [2 x ptr] [ptr null, ptr getelementptr (i8, ptr @g_2465, i64 32)], [2 x ptr] [ptr getelementptr (i8, ptr @g_2465, i64 32), ptr getelementptr (i8, ptr @g_2465, i64 32)], [2 x ptr] [ptr getelementptr (i8, ptr @g_2465, i64 32), ptr getelementptr (i8, ptr @g_2465, i64 32)], [2 x ptr] [ptr null, ptr getelementptr (i8, ptr @g_2465, i64 32)], [2 x ptr] [ptr null, ptr getelementptr (i8, ptr @g_2465, i64 32)], [2 x ptr] [ptr getelementptr (i8, ptr @g_2465, i64 32), ptr getelementptr (i8, ptr @g_2465, i64 32)]], [7 x [2 x ptr]] [[2 x ptr] [ptr getelementptr (i8, ptr @g_2465, i64 32), ptr getelementptr (i8, ptr @g_2465, i64 32)], [2 x ptr] [ptr null, ptr getelementptr (i8, ptr @g_2465, i64 32)], [2 x ptr] [ptr null, ptr getelementptr (i8, ptr @g_2465, i64 32)], [2 x ptr] [ptr getelementptr (i8, ptr @g_2465, i64 32), ptr getelementptr (i8, ptr @g_2465, i64 32)], [2 x ptr] [ptr getelementptr (i8, ptr @g_2465, i64 32), ptr getelementptr (i8, ptr @g_2465, i64 32)], [2 x ptr] [ptr null, ptr getelementptr (i8, ptr @g_2465, i64 32)], [2 x ptr] [ptr null, ptr getelementptr (i8, ptr @g_2465, i64 32)]], [7 x [2 x ptr]] [[2 x ptr] [ptr getelementptr (i8, ptr @g_2465, i64 32), ptr getelementptr (i8, ptr @g_2465, i64 32)], [2 x ptr] [ptr getelementptr (i8, ptr @g_2465, i64 32), ptr getelementptr (i8, ptr @g_2465, i64 32)], [2 x ptr] [ptr null, ptr getelementptr (i8, ptr @g_2465, i64 32)], [2 x ptr] [ptr null, ptr getelementptr (i8, ptr @g_2465, i64 32)], [2 x ptr] [ptr getelementptr (i8, ptr @g_2465, i64 32), ptr getelementptr (i8, ptr @g_2465, i64 32)], [2 x ptr] [ptr getelementptr (i8, ptr @g_2465, i64 32), ptr getelementptr (i8, ptr @g_2465, i64 32)], [2 x ptr] [ptr null, ptr getelementptr (i8, ptr @g_2465, i64 32)]], [7 x [2 x ptr]] [[2 x ptr] [ptr null, ptr getelementptr (i8, ptr @g_2465, i64 32)], [2 x ptr] [ptr getelementptr (i8, ptr @g_2465, i64 32), ptr getelementptr (i8, ptr @g_2465, i64 32)], [2 x ptr] [ptr getelementptr (i8, ptr @g_2465, i64 32), ptr getelementptr (i8, ptr @g_2465, i64 32)], [2 x ptr] [ptr null, ptr getelementptr (i8, ptr @g_2465, i64 32)], [2 x ptr] [ptr null, ptr getelementptr (i8, ptr @g_2465, i64 32)], [2 x ptr] [ptr getelementptr (i8, ptr @g_2465, i64 32), ptr getelementptr (i8, ptr @g_2465, i64 32)], [2 x ptr] [ptr getelementptr (i8, ptr @g_2465, i64 32), ptr getelementptr (i8, ptr @g_2465, i64 32)]]], align 4
@__const.func_1.l_3075 = private unnamed_addr constant [8 x [4 x [6 x i16]]] [[4 x [6 x i16]] [[6 x i16] [i16 -3, i16 14584, i16 21076, i16 21076, i16 14584, i16 -3], [6 x i16] [i16 0, i16 -1, i16 -7, i16 1, i16 -21904, i16 -5799], [6 x i16] [i16 17558, i16 -1, i16 -13884, i16 -3, i16 -26669, i16 -5384], [6 x i16] [i16 17558, i16 0, i16 -3, i16 1, i16 1, i16 -10478]], [4 x [6 x i16]] [[6 x i16] [i16 0, i16 -21904, i16 5856, i16 21076, i16 -13884, i16 1], [6 x i16] [i16 -3, i16 7, i16 0, i16 -30737, i16 -13369, i16 -1], [6 x i16] [i16 31886, i16 30430, i16 0, i16 4, i16 3, i16 -5799], [6 x i16] [i16 -3, i16 1, i16 -3, i16 -9, i16 -1, i16 4]], [4 x [6 x i16]] [[6 x i16] [i16 -6, i16 -1, i16 1, i16 -13884, i16 1, i16 -11657], [6 x i16] [i16 3198, i16 0, i16 24150, i16 3, i16 24150, i16 0], [6 x i16] [i16 -13884, i16 -14174, i16 -7, i16 -30737, i16 -1, i16 4], [6 x i16] [i16 1, i16 -1, i16 21076, i16 -10, i16 0, i16 1]], [4 x [6 x i16]] [[6 x i16] [i16 1, i16 -1, i16 -3, i16 -32635, i16 -1, i16 17558], [6 x i16] [i16 17558, i16 5, i16 -30737, i16 -24347, i16 4, i16 21076], [6 x i16] [i16 -3, i16 5856, i16 -24347, i16 7, i16 17558, i16 24150], [6 x i16] [i16 -6, i16 2924, i16 -1, i16 -1, i16 0, i16 17558]], [4 x [6 x i16]] [[6 x i16] [i16 -13884, i16 17558, i16 -17518, i16 1, i16 1, i16 -10], [6 x i16] [i16 -30737, i16 -32635, i16 -5384, i16 0, i16 1, i16 -7], [6 x i16] [i16 -1, i16 -5799, i16 0, i16 -5384, i16 -5384, i16 0], [6 x i16] [i16 4, i16 4, i16 -6, i16 14584, i16 17558, i16 -1]], [4 x [6 x i16]] [[6 x i16] [i16 -24347, i16 -21904, i16 3, i16 -14174, i16 1, i16 -6], [6 x i16] [i16 -1, i16 -24347, i16 3, i16 1, i16 4, i16 -1], [6 x i16] [i16 0, i16 1, i16 -6, i16 26122, i16 0, i16 0], [6 x i16] [i16 26122, i16 0, i16 0, i16 -10478, i16 -11657, i16 -7]], [4 x [6 x i16]] [[6 x i16] [i16 -3, i16 30430, i16 -5384, i16 -17518, i16 4, i16 -10], [6 x i16] [i16 4, i16 -21904, i16 -17518, i16 7, i16 -5799, i16 17558], [6 x i16] [i16 5856, i16 -11657, i16 -1, i16 -6, i16 -1, i16 24150], [6 x i16] [i16 0, i16 17558, i16 -24347, i16 21076, i16 1, i16 21076]], [4 x [6 x i16]] [[6 x i16] [i16 -30737, i16 3, i16 -30737, i16 -3, i16 -10478, i16 -7], [6 x i16] [i16 30430, i16 24150, i16 -9, i16 14584, i16 -5384, i16 -13884], [6 x i16] [i16 -11657, i16 2924, i16 -1, i16 14584, i16 -5799, i16 -3], [6 x i16] [i16 30430, i16 -6, i16 3, i16 -3, i16 -3, i16 5856]]], align 2
@__const.func_1.l_3206 = private unnamed_addr constant [10 x [4 x [1 x i32]]] [[4 x [1 x i32]] [[1 x i32] [i32 682842421], [1 x i32] [i32 -1], [1 x i32] [i32 682842421], [1 x i32] [i32 -1]], [4 x [1 x i32]] [[1 x i32] [i32 682842421], [1 x i32] [i32 -1], [1 x i32] [i32 682842421], [1 x i32] [i32 -1]], [4 x [1 x i32]] [[1 x i32] [i32 682842421], [1 x i32] [i32 -1], [1 x i32] [i32 682842421], [1 x i32] [i32 -1]], [4 x [1 x i32]] [[1 x i32] [i32 682842421], [1 x i32] [i32 -1], [1 x i32] [i32 682842421], [1 x i32] [i32 -1]], [4 x [1 x i32]] [[1 x i32] [i32 682842421], [1 x i32] [i32 -1], [1 x i32] [i32 682842421], [1 x i32] [i32 -1]], [4 x [1 x i32]] [[1 x i32] [i32 682842421], [1 x i32] [i32 -1], [1 x i32] [i32 682842421], [1 x i32] [i32 -1]], [4 x [1 x i32]] [[1 x i32] [i32 682842421], [1 x i32] [i32 -1], [1 x i32] [i32 682842421], [1 x i32] [i32 -1]], [4 x [1 x i32]] [[1 x i32] [i32 682842421], [1 x i32] [i32 -1], [1 x i32] [i32 682842421], [1 x i32] [i32 -1]], [4 x [1 x i32]] [[1 x i32] [i32 682842421], [1 x i32] [i32 -1], [1 x i32] [i32 682842421], [1 x i32] [i32 -1]], [4 x [1 x i32]] [[1 x i32] [i32 682842421], [1 x i32] [i32 -1], [1 x i32] [i32 682842421], [1 x i32] [i32 -1]]], align 4
@g_137 = internal global [4 x [6 x ptr]] [[6 x ptr] [ptr @g_138, ptr @g_138, ptr @g_138, ptr @g_138, ptr @g_138, ptr @g_138], [6 x ptr] [ptr @g_138, ptr @g_138, ptr @g_138, ptr @g_138, ptr @g_138, ptr @g_138], [6 x ptr] [ptr @g_138, ptr @g_138, ptr @g_138, ptr @g_138, ptr @g_138, ptr @g_138], [6 x ptr] [ptr @g_138, ptr @g_138, ptr @g_138, ptr @g_138, ptr @g_138, ptr @g_138]], align 4
@__const.func_1.l_3232 = private unnamed_addr constant [1 x [8 x [2 x ptr]]] [[8 x [2 x ptr]] [[2 x ptr] [ptr getelementptr (i8, ptr @g_137, i64 88), ptr getelementptr (i8, ptr @g_137, i64 88)], [2 x ptr] [ptr getelementptr (i8, ptr @g_137, i64 88), ptr getelementptr (i8, ptr @g_137, i64 88)], [2 x ptr] [ptr getelementptr (i8, ptr @g_137, i64 88), ptr getelementptr (i8, ptr @g_137, i64 88)], [2 x ptr] [ptr getelementptr (i8, ptr @g_137, i64 88), ptr getelementptr (i8, ptr @g_137, i64 88)], [2 x ptr] [ptr getelementptr (i8, ptr @g_137, i64 88), ptr getelementptr (i8, ptr @g_137, i64 88)], [2 x ptr] [ptr getelementptr (i8, ptr @g_137, i64 88), ptr getelementptr (i8, ptr @g_137, i64 88)], [2 x ptr] [ptr getelementptr (i8, ptr @g_137, i64 88), ptr getelementptr (i8, ptr @g_137, i64 88)], [2 x ptr] [ptr getelementptr (i8, ptr @g_137, i64 88), ptr getelementptr (i8, ptr @g_137, i64 88)]]], align 4
@g_2536 = internal global ptr @g_2537, align 4
@g_763 = internal global [8 x ptr] [ptr @g_764, ptr getelementptr (i8, ptr @g_764, i64 4), ptr @g_764, ptr getelementptr (i8, ptr @g_764, i64 4), ptr @g_764, ptr getelementptr (i8, ptr @g_764, i64 4), ptr @g_764, ptr getelementptr (i8, ptr @g_764, i64 4)], align 4
@__const.func_1.l_3608 = private unnamed_addr constant [6 x ptr] [ptr getelementptr (i8, ptr @g_763, i64 20), ptr getelementptr (i8, ptr @g_763, i64 20), ptr getelementptr (i8, ptr @g_763, i64 20), ptr getelementptr (i8, ptr @g_763, i64 20), ptr getelementptr (i8, ptr @g_763, i64 20), ptr getelementptr (i8, ptr @g_763, i64 20)], align 4
@g_490 = internal global ptr getelementptr (i8, ptr @g_280, i64 384), align 4
@g_2675 = internal global ptr @g_2432, align 4
@g_3972 = internal global ptr getelementptr (i8, ptr @g_3973, i64 20), align 4
@g_3698 = internal global ptr @g_3699, align 4
@__const.func_1.l_4467 = private unnamed_addr constant [3 x [9 x [4 x ptr]]] [[9 x [4 x ptr]] [[4 x ptr] [ptr @g_3698, ptr @g_3698, ptr null, ptr @g_3698], [4 x ptr] [ptr @g_3698, ptr @g_3698, ptr @g_3698, ptr @g_3698], [4 x ptr] [ptr @g_3698, ptr @g_3698, ptr @g_3698, ptr null], [4 x ptr] [ptr @g_3698, ptr @g_3698, ptr @g_3698, ptr @g_3698], [4 x ptr] [ptr @g_3698, ptr @g_3698, ptr @g_3698, ptr @g_3698], [4 x ptr] [ptr @g_3698, ptr @g_3698, ptr @g_3698, ptr @g_3698], [4 x ptr] [ptr @g_3698, ptr @g_3698, ptr null, ptr @g_3698], [4 x ptr] [ptr @g_3698, ptr @g_3698, ptr @g_3698, ptr @g_3698], [4 x ptr] [ptr @g_3698, ptr @g_3698, ptr @g_3698, ptr @g_3698]], [9 x [4 x ptr]] [[4 x ptr] [ptr @g_3698, ptr @g_3698, ptr @g_3698, ptr @g_3698], [4 x ptr] [ptr null, ptr @g_3698, ptr @g_3698, ptr null], [4 x ptr] [ptr @g_3698, ptr @g_3698, ptr @g_3698, ptr @g_3698], [4 x ptr] [ptr @g_3698, ptr @g_3698, ptr @g_3698, ptr @g_3698], [4 x ptr] [ptr @g_3698, ptr @g_3698, ptr null, ptr @g_3698], [4 x ptr] [ptr @g_3698, ptr @g_3698, ptr @g_3698, ptr @g_3698], [4 x ptr] [ptr @g_3698, ptr @g_3698, ptr @g_3698, ptr null], [4 x ptr] [ptr @g_3698, ptr @g_3698, ptr @g_3698, ptr @g_3698], [4 x ptr] [ptr @g_3698, ptr @g_3698, ptr @g_3698, ptr @g_3698]], [9 x [4 x ptr]] [[4 x ptr] [ptr @g_3698, ptr @g_3698, ptr @g_3698, ptr @g_3698], [4 x ptr] [ptr @g_3698, ptr @g_3698, ptr null, ptr @g_3698], [4 x ptr] [ptr @g_3698, ptr @g_3698, ptr @g_3698, ptr @g_3698], [4 x ptr] [ptr @g_3698, ptr @g_3698, ptr @g_3698, ptr @g_3698], [4 x ptr] [ptr @g_3698, ptr @g_3698, ptr @g_3698, ptr @g_3698], [4 x ptr] [ptr null, ptr @g_3698, ptr @g_3698, ptr null], [4 x ptr] [ptr @g_3698, ptr @g_3698, ptr @g_3698, ptr @g_3698], [4 x ptr] [ptr @g_3698, ptr @g_3698, ptr @g_3698, ptr @g_3698], [4 x ptr] [ptr @g_3698, ptr @g_3698, ptr null, ptr @g_3698]]], align 4
@__const.func_1.l_4472 = private unnamed_addr constant [8 x [2 x i32]] [[2 x i32] [i32 -359094606, i32 1], [2 x i32] [i32 -359094606, i32 -359094606], [2 x i32] [i32 -359094606, i32 1], [2 x i32] [i32 -359094606, i32 -359094606], [2 x i32] [i32 -359094606, i32 1], [2 x i32] [i32 -359094606, i32 -359094606], [2 x i32] [i32 -359094606, i32 1], [2 x i32] [i32 -359094606, i32 -359094606]], align 4
@g_2286 = internal global ptr getelementptr (i8, ptr @g_370, i64 8), align 4
@g_2466 = internal global ptr null, align 4
@g_138 = internal global ptr @g_70, align 4
@g_2537 = internal global ptr @g_1163, align 4
@g_1163 = internal global ptr getelementptr (i8, ptr @g_1164, i64 72), align 4
@g_1164 = internal global [7 x [1 x [7 x ptr]]] [[1 x [7 x ptr]] [[7 x ptr] [ptr @g_259, ptr getelementptr (i8, ptr @g_948, i64 8), ptr @g_116, ptr getelementptr (i8, ptr @g_948, i64 8), ptr @g_259, ptr @g_259, ptr getelementptr (i8, ptr @g_948, i64 8)]], [1 x [7 x ptr]] [[7 x ptr] [ptr @g_116, ptr getelementptr (i8, ptr @g_948, i64 72), ptr @g_116, ptr getelementptr (i8, ptr @g_948, i64 8), ptr getelementptr (i8, ptr @g_948, i64 8), ptr @g_116, ptr getelementptr (i8, ptr @g_948, i64 72)]], [1 x [7 x ptr]] [[7 x ptr] [ptr getelementptr (i8, ptr @g_948, i64 8), ptr getelementptr (i8, ptr @g_948, i64 72), ptr @g_116, ptr @g_116, ptr getelementptr (i8, ptr @g_948, i64 72), ptr getelementptr (i8, ptr @g_948, i64 8), ptr getelementptr (i8, ptr @g_948, i64 72)]], [1 x [7 x ptr]] [[7 x ptr] [ptr @g_116, ptr getelementptr (i8, ptr @g_948, i64 8), ptr getelementptr (i8, ptr @g_948, i64 8), ptr @g_116, ptr getelementptr (i8, ptr @g_948, i64 72), ptr @g_116, ptr getelementptr (i8, ptr @g_948, i64 8)]], [1 x [7 x ptr]] [[7 x ptr] [ptr @g_259, ptr @g_259, ptr getelementptr (i8, ptr @g_948, i64 8), ptr @g_116, ptr getelementptr (i8, ptr @g_948, i64 8), ptr @g_259, ptr @g_259]], [1 x [7 x ptr]] [[7 x ptr] [ptr @g_259, ptr getelementptr (i8, ptr @g_948, i64 8), ptr @g_116, ptr getelementptr (i8, ptr @g_948, i64 8), ptr @g_259, ptr @g_259, ptr getelementptr (i8, ptr @g_948, i64 8)]], [1 x [7 x ptr]] [[7 x ptr] [ptr @g_116, ptr getelementptr (i8, ptr @g_948, i64 72), ptr @g_116, ptr getelementptr (i8, ptr @g_948, i64 8), ptr getelementptr (i8, ptr @g_948, i64 8), ptr @g_116, ptr getelementptr (i8, ptr @g_948, i64 72)]]], align 4
@g_764 = internal global [2 x ptr] [ptr @g_347, ptr @g_347], align 4
@g_347 = internal global [6 x ptr] [ptr getelementptr (i8, ptr @g_32, i64 5), ptr getelementptr (i8, ptr @g_32, i64 1), ptr getelementptr (i8, ptr @g_32, i64 5), ptr getelementptr (i8, ptr @g_32, i64 5), ptr getelementptr (i8, ptr @g_32, i64 1), ptr getelementptr (i8, ptr @g_32, i64 5)], align 4
@g_2432 = internal global ptr @g_2160, align 4
@g_3973 = internal global [6 x ptr] [ptr @g_3974, ptr @g_3974, ptr @g_3974, ptr @g_3974, ptr @g_3974, ptr @g_3974], align 4
@g_3974 = internal global ptr @g_3908, align 4
@g_3699 = internal global ptr null, align 4
@g_370 = internal global [10 x ptr] [ptr @g_147, ptr @g_147, ptr @g_147, ptr @g_147, ptr @g_147, ptr @g_147, ptr @g_147, ptr @g_147, ptr @g_147, ptr @g_147], align 4
@.str.118 = private unnamed_addr constant [36 x i8] c"...checksum after hashing %s : %lX\0A\00", align 1
@.str.119 = private unnamed_addr constant [15 x i8] c"checksum = %X\0A\00", align 1

; Function Attrs: noinline nounwind
define dso_local i32 @main(i32 noundef %0, ptr noundef %1) #0 {
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca ptr, align 4
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  store i32 0, ptr %3, align 4
  store i32 %0, ptr %4, align 4
  store ptr %1, ptr %5, align 4
  store i32 0, ptr %9, align 4
  %10 = load i32, ptr %4, align 4
  %11 = icmp eq i32 %10, 2
  br i1 %11, label %12, label %19

12:                                               ; preds = %2
  %13 = load ptr, ptr %5, align 4
  %14 = getelementptr inbounds ptr, ptr %13, i32 1
  %15 = load ptr, ptr %14, align 4
  %16 = call i32 @strcmp(ptr noundef %15, ptr noundef @.str) #5
  %17 = icmp eq i32 %16, 0
  br i1 %17, label %18, label %19

18:                                               ; preds = %12
  store i32 1, ptr %9, align 4
  br label %19

19:                                               ; preds = %18, %12, %2
  call void @platform_main_begin()
  call void @crc32_gentab()
  %20 = call i32 @func_1()
  %21 = load i16, ptr @g_7, align 2
  %22 = zext i16 %21 to i64
  %23 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %22, ptr noundef @.str.1, i32 noundef %23)
  %24 = load i32, ptr @g_13, align 4
  %25 = sext i32 %24 to i64
  %26 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %25, ptr noundef @.str.2, i32 noundef %26)
  store i32 0, ptr %6, align 4
  br label %27

27:                                               ; preds = %42, %19
  %28 = load i32, ptr %6, align 4
  %29 = icmp slt i32 %28, 7
  br i1 %29, label %30, label %45

30:                                               ; preds = %27
  %31 = load i32, ptr %6, align 4
  %32 = getelementptr inbounds [7 x i8], ptr @g_32, i32 0, i32 %31
  %33 = load i8, ptr %32, align 1
  %34 = sext i8 %33 to i64
  %35 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %34, ptr noundef @.str.3, i32 noundef %35)
  %36 = load i32, ptr %9, align 4
  %37 = icmp ne i32 %36, 0
  br i1 %37, label %38, label %41

38:                                               ; preds = %30
  %39 = load i32, ptr %6, align 4
  %40 = call i32 (ptr, ...) @printf(ptr noundef @.str.4, i32 noundef %39)
  br label %41

41:                                               ; preds = %38, %30
  br label %42

42:                                               ; preds = %41
  %43 = load i32, ptr %6, align 4
  %44 = add nsw i32 %43, 1
  store i32 %44, ptr %6, align 4
  br label %27, !llvm.loop !4

45:                                               ; preds = %27
  %46 = load i64, ptr @g_39, align 8
  %47 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %46, ptr noundef @.str.5, i32 noundef %47)
  %48 = load i64, ptr @g_42, align 8
  %49 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %48, ptr noundef @.str.6, i32 noundef %49)
  %50 = load i16, ptr @g_45, align 2
  %51 = zext i16 %50 to i64
  %52 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %51, ptr noundef @.str.7, i32 noundef %52)
  store i32 0, ptr %6, align 4
  br label %53

53:                                               ; preds = %68, %45
  %54 = load i32, ptr %6, align 4
  %55 = icmp slt i32 %54, 1
  br i1 %55, label %56, label %71

56:                                               ; preds = %53
  %57 = load i32, ptr %6, align 4
  %58 = getelementptr inbounds [1 x i32], ptr @g_70, i32 0, i32 %57
  %59 = load i32, ptr %58, align 4
  %60 = sext i32 %59 to i64
  %61 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %60, ptr noundef @.str.8, i32 noundef %61)
  %62 = load i32, ptr %9, align 4
  %63 = icmp ne i32 %62, 0
  br i1 %63, label %64, label %67

64:                                               ; preds = %56
  %65 = load i32, ptr %6, align 4
  %66 = call i32 (ptr, ...) @printf(ptr noundef @.str.4, i32 noundef %65)
  br label %67

67:                                               ; preds = %64, %56
  br label %68

68:                                               ; preds = %67
  %69 = load i32, ptr %6, align 4
  %70 = add nsw i32 %69, 1
  store i32 %70, ptr %6, align 4
  br label %53, !llvm.loop !6

71:                                               ; preds = %53
  %72 = load i16, ptr @g_116, align 2
  %73 = sext i16 %72 to i64
  %74 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %73, ptr noundef @.str.9, i32 noundef %74)
  store i32 0, ptr %6, align 4
  br label %75

75:                                               ; preds = %112, %71
  %76 = load i32, ptr %6, align 4
  %77 = icmp slt i32 %76, 10
  br i1 %77, label %78, label %115

78:                                               ; preds = %75
  store i32 0, ptr %7, align 4
  br label %79

79:                                               ; preds = %108, %78
  %80 = load i32, ptr %7, align 4
  %81 = icmp slt i32 %80, 8
  br i1 %81, label %82, label %111

82:                                               ; preds = %79
  store i32 0, ptr %8, align 4
  br label %83

83:                                               ; preds = %104, %82
  %84 = load i32, ptr %8, align 4
  %85 = icmp slt i32 %84, 3
  br i1 %85, label %86, label %107

86:                                               ; preds = %83
  %87 = load i32, ptr %6, align 4
  %88 = getelementptr inbounds [10 x [8 x [3 x i32]]], ptr @g_130, i32 0, i32 %87
  %89 = load i32, ptr %7, align 4
  %90 = getelementptr inbounds [8 x [3 x i32]], ptr %88, i32 0, i32 %89
  %91 = load i32, ptr %8, align 4
  %92 = getelementptr inbounds [3 x i32], ptr %90, i32 0, i32 %91
  %93 = load i32, ptr %92, align 4
  %94 = sext i32 %93 to i64
  %95 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %94, ptr noundef @.str.10, i32 noundef %95)
  %96 = load i32, ptr %9, align 4
  %97 = icmp ne i32 %96, 0
  br i1 %97, label %98, label %103

98:                                               ; preds = %86
  %99 = load i32, ptr %6, align 4
  %100 = load i32, ptr %7, align 4
  %101 = load i32, ptr %8, align 4
  %102 = call i32 (ptr, ...) @printf(ptr noundef @.str.11, i32 noundef %99, i32 noundef %100, i32 noundef %101)
  br label %103

103:                                              ; preds = %98, %86
  br label %104

104:                                              ; preds = %103
  %105 = load i32, ptr %8, align 4
  %106 = add nsw i32 %105, 1
  store i32 %106, ptr %8, align 4
  br label %83, !llvm.loop !7

107:                                              ; preds = %83
  br label %108

108:                                              ; preds = %107
  %109 = load i32, ptr %7, align 4
  %110 = add nsw i32 %109, 1
  store i32 %110, ptr %7, align 4
  br label %79, !llvm.loop !8

111:                                              ; preds = %79
  br label %112

112:                                              ; preds = %111
  %113 = load i32, ptr %6, align 4
  %114 = add nsw i32 %113, 1
  store i32 %114, ptr %6, align 4
  br label %75, !llvm.loop !9

115:                                              ; preds = %75
  %116 = load i32, ptr @g_147, align 4
  %117 = zext i32 %116 to i64
  %118 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %117, ptr noundef @.str.12, i32 noundef %118)
  %119 = load i8, ptr @g_155, align 1
  %120 = zext i8 %119 to i64
  %121 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %120, ptr noundef @.str.13, i32 noundef %121)
  %122 = load i16, ptr @g_167, align 2
  %123 = zext i16 %122 to i64
  %124 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %123, ptr noundef @.str.14, i32 noundef %124)
  %125 = load i64, ptr @g_186, align 8
  %126 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %125, ptr noundef @.str.15, i32 noundef %126)
  %127 = load i64, ptr @g_228, align 8
  %128 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %127, ptr noundef @.str.16, i32 noundef %128)
  store i32 0, ptr %6, align 4
  br label %129

129:                                              ; preds = %155, %115
  %130 = load i32, ptr %6, align 4
  %131 = icmp slt i32 %130, 5
  br i1 %131, label %132, label %158

132:                                              ; preds = %129
  store i32 0, ptr %7, align 4
  br label %133

133:                                              ; preds = %151, %132
  %134 = load i32, ptr %7, align 4
  %135 = icmp slt i32 %134, 5
  br i1 %135, label %136, label %154

136:                                              ; preds = %133
  %137 = load i32, ptr %6, align 4
  %138 = getelementptr inbounds [5 x [5 x i32]], ptr @g_229, i32 0, i32 %137
  %139 = load i32, ptr %7, align 4
  %140 = getelementptr inbounds [5 x i32], ptr %138, i32 0, i32 %139
  %141 = load i32, ptr %140, align 4
  %142 = sext i32 %141 to i64
  %143 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %142, ptr noundef @.str.17, i32 noundef %143)
  %144 = load i32, ptr %9, align 4
  %145 = icmp ne i32 %144, 0
  br i1 %145, label %146, label %150

146:                                              ; preds = %136
  %147 = load i32, ptr %6, align 4
  %148 = load i32, ptr %7, align 4
  %149 = call i32 (ptr, ...) @printf(ptr noundef @.str.18, i32 noundef %147, i32 noundef %148)
  br label %150

150:                                              ; preds = %146, %136
  br label %151

151:                                              ; preds = %150
  %152 = load i32, ptr %7, align 4
  %153 = add nsw i32 %152, 1
  store i32 %153, ptr %7, align 4
  br label %133, !llvm.loop !10

154:                                              ; preds = %133
  br label %155

155:                                              ; preds = %154
  %156 = load i32, ptr %6, align 4
  %157 = add nsw i32 %156, 1
  store i32 %157, ptr %6, align 4
  br label %129, !llvm.loop !11

158:                                              ; preds = %129
  %159 = load i16, ptr @g_259, align 2
  %160 = sext i16 %159 to i64
  %161 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %160, ptr noundef @.str.19, i32 noundef %161)
  store i32 0, ptr %6, align 4
  br label %162

162:                                              ; preds = %198, %158
  %163 = load i32, ptr %6, align 4
  %164 = icmp slt i32 %163, 1
  br i1 %164, label %165, label %201

165:                                              ; preds = %162
  store i32 0, ptr %7, align 4
  br label %166

166:                                              ; preds = %194, %165
  %167 = load i32, ptr %7, align 4
  %168 = icmp slt i32 %167, 10
  br i1 %168, label %169, label %197

169:                                              ; preds = %166
  store i32 0, ptr %8, align 4
  br label %170

170:                                              ; preds = %190, %169
  %171 = load i32, ptr %8, align 4
  %172 = icmp slt i32 %171, 8
  br i1 %172, label %173, label %193

173:                                              ; preds = %170
  %174 = load i32, ptr %6, align 4
  %175 = getelementptr inbounds [1 x [10 x [8 x i64]]], ptr @g_280, i32 0, i32 %174
  %176 = load i32, ptr %7, align 4
  %177 = getelementptr inbounds [10 x [8 x i64]], ptr %175, i32 0, i32 %176
  %178 = load i32, ptr %8, align 4
  %179 = getelementptr inbounds [8 x i64], ptr %177, i32 0, i32 %178
  %180 = load i64, ptr %179, align 8
  %181 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %180, ptr noundef @.str.20, i32 noundef %181)
  %182 = load i32, ptr %9, align 4
  %183 = icmp ne i32 %182, 0
  br i1 %183, label %184, label %189

184:                                              ; preds = %173
  %185 = load i32, ptr %6, align 4
  %186 = load i32, ptr %7, align 4
  %187 = load i32, ptr %8, align 4
  %188 = call i32 (ptr, ...) @printf(ptr noundef @.str.11, i32 noundef %185, i32 noundef %186, i32 noundef %187)
  br label %189

189:                                              ; preds = %184, %173
  br label %190

190:                                              ; preds = %189
  %191 = load i32, ptr %8, align 4
  %192 = add nsw i32 %191, 1
  store i32 %192, ptr %8, align 4
  br label %170, !llvm.loop !12

193:                                              ; preds = %170
  br label %194

194:                                              ; preds = %193
  %195 = load i32, ptr %7, align 4
  %196 = add nsw i32 %195, 1
  store i32 %196, ptr %7, align 4
  br label %166, !llvm.loop !13

197:                                              ; preds = %166
  br label %198

198:                                              ; preds = %197
  %199 = load i32, ptr %6, align 4
  %200 = add nsw i32 %199, 1
  store i32 %200, ptr %6, align 4
  br label %162, !llvm.loop !14

201:                                              ; preds = %162
  %202 = load volatile i32, ptr @g_310, align 4
  %203 = zext i32 %202 to i64
  %204 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %203, ptr noundef @.str.21, i32 noundef %204)
  %205 = load i64, ptr @g_338, align 8
  %206 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %205, ptr noundef @.str.22, i32 noundef %206)
  %207 = load i32, ptr @g_341, align 4
  %208 = zext i32 %207 to i64
  %209 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %208, ptr noundef @.str.23, i32 noundef %209)
  store i32 0, ptr %6, align 4
  br label %210

210:                                              ; preds = %236, %201
  %211 = load i32, ptr %6, align 4
  %212 = icmp slt i32 %211, 10
  br i1 %212, label %213, label %239

213:                                              ; preds = %210
  store i32 0, ptr %7, align 4
  br label %214

214:                                              ; preds = %232, %213
  %215 = load i32, ptr %7, align 4
  %216 = icmp slt i32 %215, 1
  br i1 %216, label %217, label %235

217:                                              ; preds = %214
  %218 = load i32, ptr %6, align 4
  %219 = getelementptr inbounds [10 x [1 x i32]], ptr @g_373, i32 0, i32 %218
  %220 = load i32, ptr %7, align 4
  %221 = getelementptr inbounds [1 x i32], ptr %219, i32 0, i32 %220
  %222 = load volatile i32, ptr %221, align 4
  %223 = zext i32 %222 to i64
  %224 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %223, ptr noundef @.str.24, i32 noundef %224)
  %225 = load i32, ptr %9, align 4
  %226 = icmp ne i32 %225, 0
  br i1 %226, label %227, label %231

227:                                              ; preds = %217
  %228 = load i32, ptr %6, align 4
  %229 = load i32, ptr %7, align 4
  %230 = call i32 (ptr, ...) @printf(ptr noundef @.str.18, i32 noundef %228, i32 noundef %229)
  br label %231

231:                                              ; preds = %227, %217
  br label %232

232:                                              ; preds = %231
  %233 = load i32, ptr %7, align 4
  %234 = add nsw i32 %233, 1
  store i32 %234, ptr %7, align 4
  br label %214, !llvm.loop !15

235:                                              ; preds = %214
  br label %236

236:                                              ; preds = %235
  %237 = load i32, ptr %6, align 4
  %238 = add nsw i32 %237, 1
  store i32 %238, ptr %6, align 4
  br label %210, !llvm.loop !16

239:                                              ; preds = %210
  %240 = load volatile i8, ptr @g_498, align 1
  %241 = sext i8 %240 to i64
  %242 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %241, ptr noundef @.str.25, i32 noundef %242)
  store i32 0, ptr %6, align 4
  br label %243

243:                                              ; preds = %258, %239
  %244 = load i32, ptr %6, align 4
  %245 = icmp slt i32 %244, 1
  br i1 %245, label %246, label %261

246:                                              ; preds = %243
  %247 = load i32, ptr %6, align 4
  %248 = getelementptr inbounds [1 x i32], ptr @g_509, i32 0, i32 %247
  %249 = load i32, ptr %248, align 4
  %250 = zext i32 %249 to i64
  %251 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %250, ptr noundef @.str.26, i32 noundef %251)
  %252 = load i32, ptr %9, align 4
  %253 = icmp ne i32 %252, 0
  br i1 %253, label %254, label %257

254:                                              ; preds = %246
  %255 = load i32, ptr %6, align 4
  %256 = call i32 (ptr, ...) @printf(ptr noundef @.str.4, i32 noundef %255)
  br label %257

257:                                              ; preds = %254, %246
  br label %258

258:                                              ; preds = %257
  %259 = load i32, ptr %6, align 4
  %260 = add nsw i32 %259, 1
  store i32 %260, ptr %6, align 4
  br label %243, !llvm.loop !17

261:                                              ; preds = %243
  %262 = load i32, ptr @g_629, align 4
  %263 = sext i32 %262 to i64
  %264 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %263, ptr noundef @.str.27, i32 noundef %264)
  %265 = load i32, ptr @g_671, align 4
  %266 = zext i32 %265 to i64
  %267 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %266, ptr noundef @.str.28, i32 noundef %267)
  %268 = load volatile i32, ptr @g_714, align 4
  %269 = zext i32 %268 to i64
  %270 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %269, ptr noundef @.str.29, i32 noundef %270)
  %271 = load i8, ptr @g_821, align 1
  %272 = sext i8 %271 to i64
  %273 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %272, ptr noundef @.str.30, i32 noundef %273)
  %274 = load volatile i32, ptr @g_824, align 4
  %275 = zext i32 %274 to i64
  %276 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %275, ptr noundef @.str.31, i32 noundef %276)
  %277 = load volatile i32, ptr @g_835, align 4
  %278 = zext i32 %277 to i64
  %279 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %278, ptr noundef @.str.32, i32 noundef %279)
  store i32 0, ptr %6, align 4
  br label %280

280:                                              ; preds = %306, %261
  %281 = load i32, ptr %6, align 4
  %282 = icmp slt i32 %281, 8
  br i1 %282, label %283, label %309

283:                                              ; preds = %280
  store i32 0, ptr %7, align 4
  br label %284

284:                                              ; preds = %302, %283
  %285 = load i32, ptr %7, align 4
  %286 = icmp slt i32 %285, 5
  br i1 %286, label %287, label %305

287:                                              ; preds = %284
  %288 = load i32, ptr %6, align 4
  %289 = getelementptr inbounds [8 x [5 x i16]], ptr @g_948, i32 0, i32 %288
  %290 = load i32, ptr %7, align 4
  %291 = getelementptr inbounds [5 x i16], ptr %289, i32 0, i32 %290
  %292 = load i16, ptr %291, align 2
  %293 = sext i16 %292 to i64
  %294 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %293, ptr noundef @.str.33, i32 noundef %294)
  %295 = load i32, ptr %9, align 4
  %296 = icmp ne i32 %295, 0
  br i1 %296, label %297, label %301

297:                                              ; preds = %287
  %298 = load i32, ptr %6, align 4
  %299 = load i32, ptr %7, align 4
  %300 = call i32 (ptr, ...) @printf(ptr noundef @.str.18, i32 noundef %298, i32 noundef %299)
  br label %301

301:                                              ; preds = %297, %287
  br label %302

302:                                              ; preds = %301
  %303 = load i32, ptr %7, align 4
  %304 = add nsw i32 %303, 1
  store i32 %304, ptr %7, align 4
  br label %284, !llvm.loop !18

305:                                              ; preds = %284
  br label %306

306:                                              ; preds = %305
  %307 = load i32, ptr %6, align 4
  %308 = add nsw i32 %307, 1
  store i32 %308, ptr %6, align 4
  br label %280, !llvm.loop !19

309:                                              ; preds = %280
  %310 = load i8, ptr @g_1007, align 1
  %311 = sext i8 %310 to i64
  %312 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %311, ptr noundef @.str.34, i32 noundef %312)
  %313 = load volatile i16, ptr @g_1329, align 2
  %314 = sext i16 %313 to i64
  %315 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %314, ptr noundef @.str.35, i32 noundef %315)
  %316 = load volatile i32, ptr @g_1413, align 4
  %317 = sext i32 %316 to i64
  %318 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %317, ptr noundef @.str.36, i32 noundef %318)
  %319 = load i32, ptr @g_1420, align 4
  %320 = zext i32 %319 to i64
  %321 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %320, ptr noundef @.str.37, i32 noundef %321)
  %322 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef 1487, ptr noundef @.str.38, i32 noundef %322)
  %323 = load volatile i16, ptr @g_1517, align 2
  %324 = sext i16 %323 to i64
  %325 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %324, ptr noundef @.str.39, i32 noundef %325)
  %326 = load i8, ptr @g_1561, align 1
  %327 = zext i8 %326 to i64
  %328 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %327, ptr noundef @.str.40, i32 noundef %328)
  %329 = load volatile i16, ptr @g_1737, align 2
  %330 = zext i16 %329 to i64
  %331 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %330, ptr noundef @.str.41, i32 noundef %331)
  %332 = load i32, ptr @g_1743, align 4
  %333 = sext i32 %332 to i64
  %334 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %333, ptr noundef @.str.42, i32 noundef %334)
  %335 = load i64, ptr @g_1786, align 8
  %336 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %335, ptr noundef @.str.43, i32 noundef %336)
  %337 = load i8, ptr @g_1811, align 1
  %338 = sext i8 %337 to i64
  %339 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %338, ptr noundef @.str.44, i32 noundef %339)
  store i32 0, ptr %6, align 4
  br label %340

340:                                              ; preds = %377, %309
  %341 = load i32, ptr %6, align 4
  %342 = icmp slt i32 %341, 4
  br i1 %342, label %343, label %380

343:                                              ; preds = %340
  store i32 0, ptr %7, align 4
  br label %344

344:                                              ; preds = %373, %343
  %345 = load i32, ptr %7, align 4
  %346 = icmp slt i32 %345, 2
  br i1 %346, label %347, label %376

347:                                              ; preds = %344
  store i32 0, ptr %8, align 4
  br label %348

348:                                              ; preds = %369, %347
  %349 = load i32, ptr %8, align 4
  %350 = icmp slt i32 %349, 2
  br i1 %350, label %351, label %372

351:                                              ; preds = %348
  %352 = load i32, ptr %6, align 4
  %353 = getelementptr inbounds [4 x [2 x [2 x i16]]], ptr @g_2007, i32 0, i32 %352
  %354 = load i32, ptr %7, align 4
  %355 = getelementptr inbounds [2 x [2 x i16]], ptr %353, i32 0, i32 %354
  %356 = load i32, ptr %8, align 4
  %357 = getelementptr inbounds [2 x i16], ptr %355, i32 0, i32 %356
  %358 = load i16, ptr %357, align 2
  %359 = sext i16 %358 to i64
  %360 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %359, ptr noundef @.str.45, i32 noundef %360)
  %361 = load i32, ptr %9, align 4
  %362 = icmp ne i32 %361, 0
  br i1 %362, label %363, label %368

363:                                              ; preds = %351
  %364 = load i32, ptr %6, align 4
  %365 = load i32, ptr %7, align 4
  %366 = load i32, ptr %8, align 4
  %367 = call i32 (ptr, ...) @printf(ptr noundef @.str.11, i32 noundef %364, i32 noundef %365, i32 noundef %366)
  br label %368

368:                                              ; preds = %363, %351
  br label %369

369:                                              ; preds = %368
  %370 = load i32, ptr %8, align 4
  %371 = add nsw i32 %370, 1
  store i32 %371, ptr %8, align 4
  br label %348, !llvm.loop !20

372:                                              ; preds = %348
  br label %373

373:                                              ; preds = %372
  %374 = load i32, ptr %7, align 4
  %375 = add nsw i32 %374, 1
  store i32 %375, ptr %7, align 4
  br label %344, !llvm.loop !21

376:                                              ; preds = %344
  br label %377

377:                                              ; preds = %376
  %378 = load i32, ptr %6, align 4
  %379 = add nsw i32 %378, 1
  store i32 %379, ptr %6, align 4
  br label %340, !llvm.loop !22

380:                                              ; preds = %340
  %381 = load i64, ptr @g_2008, align 8
  %382 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %381, ptr noundef @.str.46, i32 noundef %382)
  %383 = load volatile i64, ptr @g_2120, align 8
  %384 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %383, ptr noundef @.str.47, i32 noundef %384)
  %385 = load i16, ptr @g_2160, align 2
  %386 = zext i16 %385 to i64
  %387 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %386, ptr noundef @.str.48, i32 noundef %387)
  %388 = load i64, ptr @g_2182, align 8
  %389 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %388, ptr noundef @.str.49, i32 noundef %389)
  %390 = load i32, ptr @g_2230, align 4
  %391 = sext i32 %390 to i64
  %392 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %391, ptr noundef @.str.50, i32 noundef %392)
  store i32 0, ptr %6, align 4
  br label %393

393:                                              ; preds = %407, %380
  %394 = load i32, ptr %6, align 4
  %395 = icmp slt i32 %394, 10
  br i1 %395, label %396, label %410

396:                                              ; preds = %393
  %397 = load i32, ptr %6, align 4
  %398 = getelementptr inbounds [10 x i64], ptr @g_2232, i32 0, i32 %397
  %399 = load i64, ptr %398, align 8
  %400 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %399, ptr noundef @.str.51, i32 noundef %400)
  %401 = load i32, ptr %9, align 4
  %402 = icmp ne i32 %401, 0
  br i1 %402, label %403, label %406

403:                                              ; preds = %396
  %404 = load i32, ptr %6, align 4
  %405 = call i32 (ptr, ...) @printf(ptr noundef @.str.4, i32 noundef %404)
  br label %406

406:                                              ; preds = %403, %396
  br label %407

407:                                              ; preds = %406
  %408 = load i32, ptr %6, align 4
  %409 = add nsw i32 %408, 1
  store i32 %409, ptr %6, align 4
  br label %393, !llvm.loop !23

410:                                              ; preds = %393
  store i32 0, ptr %6, align 4
  br label %411

411:                                              ; preds = %448, %410
  %412 = load i32, ptr %6, align 4
  %413 = icmp slt i32 %412, 9
  br i1 %413, label %414, label %451

414:                                              ; preds = %411
  store i32 0, ptr %7, align 4
  br label %415

415:                                              ; preds = %444, %414
  %416 = load i32, ptr %7, align 4
  %417 = icmp slt i32 %416, 9
  br i1 %417, label %418, label %447

418:                                              ; preds = %415
  store i32 0, ptr %8, align 4
  br label %419

419:                                              ; preds = %440, %418
  %420 = load i32, ptr %8, align 4
  %421 = icmp slt i32 %420, 3
  br i1 %421, label %422, label %443

422:                                              ; preds = %419
  %423 = load i32, ptr %6, align 4
  %424 = getelementptr inbounds [9 x [9 x [3 x i32]]], ptr @g_2388, i32 0, i32 %423
  %425 = load i32, ptr %7, align 4
  %426 = getelementptr inbounds [9 x [3 x i32]], ptr %424, i32 0, i32 %425
  %427 = load i32, ptr %8, align 4
  %428 = getelementptr inbounds [3 x i32], ptr %426, i32 0, i32 %427
  %429 = load i32, ptr %428, align 4
  %430 = zext i32 %429 to i64
  %431 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %430, ptr noundef @.str.52, i32 noundef %431)
  %432 = load i32, ptr %9, align 4
  %433 = icmp ne i32 %432, 0
  br i1 %433, label %434, label %439

434:                                              ; preds = %422
  %435 = load i32, ptr %6, align 4
  %436 = load i32, ptr %7, align 4
  %437 = load i32, ptr %8, align 4
  %438 = call i32 (ptr, ...) @printf(ptr noundef @.str.11, i32 noundef %435, i32 noundef %436, i32 noundef %437)
  br label %439

439:                                              ; preds = %434, %422
  br label %440

440:                                              ; preds = %439
  %441 = load i32, ptr %8, align 4
  %442 = add nsw i32 %441, 1
  store i32 %442, ptr %8, align 4
  br label %419, !llvm.loop !24

443:                                              ; preds = %419
  br label %444

444:                                              ; preds = %443
  %445 = load i32, ptr %7, align 4
  %446 = add nsw i32 %445, 1
  store i32 %446, ptr %7, align 4
  br label %415, !llvm.loop !25

447:                                              ; preds = %415
  br label %448

448:                                              ; preds = %447
  %449 = load i32, ptr %6, align 4
  %450 = add nsw i32 %449, 1
  store i32 %450, ptr %6, align 4
  br label %411, !llvm.loop !26

451:                                              ; preds = %411
  %452 = load i32, ptr @g_2510, align 4
  %453 = sext i32 %452 to i64
  %454 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %453, ptr noundef @.str.53, i32 noundef %454)
  %455 = load i32, ptr @g_2740, align 4
  %456 = zext i32 %455 to i64
  %457 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %456, ptr noundef @.str.54, i32 noundef %457)
  %458 = load i16, ptr @g_2758, align 2
  %459 = sext i16 %458 to i64
  %460 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %459, ptr noundef @.str.55, i32 noundef %460)
  %461 = load volatile i64, ptr @g_2853, align 8
  %462 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %461, ptr noundef @.str.56, i32 noundef %462)
  %463 = load i16, ptr @g_3052, align 2
  %464 = sext i16 %463 to i64
  %465 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %464, ptr noundef @.str.57, i32 noundef %465)
  %466 = load volatile i8, ptr @g_3092, align 1
  %467 = zext i8 %466 to i64
  %468 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %467, ptr noundef @.str.58, i32 noundef %468)
  store i32 0, ptr %6, align 4
  br label %469

469:                                              ; preds = %495, %451
  %470 = load i32, ptr %6, align 4
  %471 = icmp slt i32 %470, 7
  br i1 %471, label %472, label %498

472:                                              ; preds = %469
  store i32 0, ptr %7, align 4
  br label %473

473:                                              ; preds = %491, %472
  %474 = load i32, ptr %7, align 4
  %475 = icmp slt i32 %474, 3
  br i1 %475, label %476, label %494

476:                                              ; preds = %473
  %477 = load i32, ptr %6, align 4
  %478 = getelementptr inbounds [7 x [3 x i32]], ptr @g_3145, i32 0, i32 %477
  %479 = load i32, ptr %7, align 4
  %480 = getelementptr inbounds [3 x i32], ptr %478, i32 0, i32 %479
  %481 = load i32, ptr %480, align 4
  %482 = zext i32 %481 to i64
  %483 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %482, ptr noundef @.str.59, i32 noundef %483)
  %484 = load i32, ptr %9, align 4
  %485 = icmp ne i32 %484, 0
  br i1 %485, label %486, label %490

486:                                              ; preds = %476
  %487 = load i32, ptr %6, align 4
  %488 = load i32, ptr %7, align 4
  %489 = call i32 (ptr, ...) @printf(ptr noundef @.str.18, i32 noundef %487, i32 noundef %488)
  br label %490

490:                                              ; preds = %486, %476
  br label %491

491:                                              ; preds = %490
  %492 = load i32, ptr %7, align 4
  %493 = add nsw i32 %492, 1
  store i32 %493, ptr %7, align 4
  br label %473, !llvm.loop !27

494:                                              ; preds = %473
  br label %495

495:                                              ; preds = %494
  %496 = load i32, ptr %6, align 4
  %497 = add nsw i32 %496, 1
  store i32 %497, ptr %6, align 4
  br label %469, !llvm.loop !28

498:                                              ; preds = %469
  store i32 0, ptr %6, align 4
  br label %499

499:                                              ; preds = %525, %498
  %500 = load i32, ptr %6, align 4
  %501 = icmp slt i32 %500, 3
  br i1 %501, label %502, label %528

502:                                              ; preds = %499
  store i32 0, ptr %7, align 4
  br label %503

503:                                              ; preds = %521, %502
  %504 = load i32, ptr %7, align 4
  %505 = icmp slt i32 %504, 8
  br i1 %505, label %506, label %524

506:                                              ; preds = %503
  %507 = load i32, ptr %6, align 4
  %508 = getelementptr inbounds [3 x [8 x i32]], ptr @g_3151, i32 0, i32 %507
  %509 = load i32, ptr %7, align 4
  %510 = getelementptr inbounds [8 x i32], ptr %508, i32 0, i32 %509
  %511 = load i32, ptr %510, align 4
  %512 = zext i32 %511 to i64
  %513 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %512, ptr noundef @.str.60, i32 noundef %513)
  %514 = load i32, ptr %9, align 4
  %515 = icmp ne i32 %514, 0
  br i1 %515, label %516, label %520

516:                                              ; preds = %506
  %517 = load i32, ptr %6, align 4
  %518 = load i32, ptr %7, align 4
  %519 = call i32 (ptr, ...) @printf(ptr noundef @.str.18, i32 noundef %517, i32 noundef %518)
  br label %520

520:                                              ; preds = %516, %506
  br label %521

521:                                              ; preds = %520
  %522 = load i32, ptr %7, align 4
  %523 = add nsw i32 %522, 1
  store i32 %523, ptr %7, align 4
  br label %503, !llvm.loop !29

524:                                              ; preds = %503
  br label %525

525:                                              ; preds = %524
  %526 = load i32, ptr %6, align 4
  %527 = add nsw i32 %526, 1
  store i32 %527, ptr %6, align 4
  br label %499, !llvm.loop !30

528:                                              ; preds = %499
  store i32 0, ptr %6, align 4
  br label %529

529:                                              ; preds = %544, %528
  %530 = load i32, ptr %6, align 4
  %531 = icmp slt i32 %530, 2
  br i1 %531, label %532, label %547

532:                                              ; preds = %529
  %533 = load i32, ptr %6, align 4
  %534 = getelementptr inbounds [2 x i32], ptr @g_3153, i32 0, i32 %533
  %535 = load i32, ptr %534, align 4
  %536 = zext i32 %535 to i64
  %537 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %536, ptr noundef @.str.61, i32 noundef %537)
  %538 = load i32, ptr %9, align 4
  %539 = icmp ne i32 %538, 0
  br i1 %539, label %540, label %543

540:                                              ; preds = %532
  %541 = load i32, ptr %6, align 4
  %542 = call i32 (ptr, ...) @printf(ptr noundef @.str.4, i32 noundef %541)
  br label %543

543:                                              ; preds = %540, %532
  br label %544

544:                                              ; preds = %543
  %545 = load i32, ptr %6, align 4
  %546 = add nsw i32 %545, 1
  store i32 %546, ptr %6, align 4
  br label %529, !llvm.loop !31

547:                                              ; preds = %529
  %548 = load i32, ptr @g_3155, align 4
  %549 = zext i32 %548 to i64
  %550 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %549, ptr noundef @.str.62, i32 noundef %550)
  %551 = load i32, ptr @g_3157, align 4
  %552 = zext i32 %551 to i64
  %553 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %552, ptr noundef @.str.63, i32 noundef %553)
  store i32 0, ptr %6, align 4
  br label %554

554:                                              ; preds = %580, %547
  %555 = load i32, ptr %6, align 4
  %556 = icmp slt i32 %555, 5
  br i1 %556, label %557, label %583

557:                                              ; preds = %554
  store i32 0, ptr %7, align 4
  br label %558

558:                                              ; preds = %576, %557
  %559 = load i32, ptr %7, align 4
  %560 = icmp slt i32 %559, 10
  br i1 %560, label %561, label %579

561:                                              ; preds = %558
  %562 = load i32, ptr %6, align 4
  %563 = getelementptr inbounds [5 x [10 x i32]], ptr @g_3159, i32 0, i32 %562
  %564 = load i32, ptr %7, align 4
  %565 = getelementptr inbounds [10 x i32], ptr %563, i32 0, i32 %564
  %566 = load i32, ptr %565, align 4
  %567 = zext i32 %566 to i64
  %568 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %567, ptr noundef @.str.64, i32 noundef %568)
  %569 = load i32, ptr %9, align 4
  %570 = icmp ne i32 %569, 0
  br i1 %570, label %571, label %575

571:                                              ; preds = %561
  %572 = load i32, ptr %6, align 4
  %573 = load i32, ptr %7, align 4
  %574 = call i32 (ptr, ...) @printf(ptr noundef @.str.18, i32 noundef %572, i32 noundef %573)
  br label %575

575:                                              ; preds = %571, %561
  br label %576

576:                                              ; preds = %575
  %577 = load i32, ptr %7, align 4
  %578 = add nsw i32 %577, 1
  store i32 %578, ptr %7, align 4
  br label %558, !llvm.loop !32

579:                                              ; preds = %558
  br label %580

580:                                              ; preds = %579
  %581 = load i32, ptr %6, align 4
  %582 = add nsw i32 %581, 1
  store i32 %582, ptr %6, align 4
  br label %554, !llvm.loop !33

583:                                              ; preds = %554
  %584 = load i32, ptr @g_3161, align 4
  %585 = zext i32 %584 to i64
  %586 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %585, ptr noundef @.str.65, i32 noundef %586)
  %587 = load i32, ptr @g_3163, align 4
  %588 = zext i32 %587 to i64
  %589 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %588, ptr noundef @.str.66, i32 noundef %589)
  %590 = load i32, ptr @g_3165, align 4
  %591 = zext i32 %590 to i64
  %592 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %591, ptr noundef @.str.67, i32 noundef %592)
  store i32 0, ptr %6, align 4
  br label %593

593:                                              ; preds = %608, %583
  %594 = load i32, ptr %6, align 4
  %595 = icmp slt i32 %594, 2
  br i1 %595, label %596, label %611

596:                                              ; preds = %593
  %597 = load i32, ptr %6, align 4
  %598 = getelementptr inbounds [2 x i32], ptr @g_3167, i32 0, i32 %597
  %599 = load i32, ptr %598, align 4
  %600 = zext i32 %599 to i64
  %601 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %600, ptr noundef @.str.68, i32 noundef %601)
  %602 = load i32, ptr %9, align 4
  %603 = icmp ne i32 %602, 0
  br i1 %603, label %604, label %607

604:                                              ; preds = %596
  %605 = load i32, ptr %6, align 4
  %606 = call i32 (ptr, ...) @printf(ptr noundef @.str.4, i32 noundef %605)
  br label %607

607:                                              ; preds = %604, %596
  br label %608

608:                                              ; preds = %607
  %609 = load i32, ptr %6, align 4
  %610 = add nsw i32 %609, 1
  store i32 %610, ptr %6, align 4
  br label %593, !llvm.loop !34

611:                                              ; preds = %593
  %612 = load i32, ptr @g_3168, align 4
  %613 = zext i32 %612 to i64
  %614 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %613, ptr noundef @.str.69, i32 noundef %614)
  %615 = load i32, ptr @g_3169, align 4
  %616 = zext i32 %615 to i64
  %617 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %616, ptr noundef @.str.70, i32 noundef %617)
  store i32 0, ptr %6, align 4
  br label %618

618:                                              ; preds = %633, %611
  %619 = load i32, ptr %6, align 4
  %620 = icmp slt i32 %619, 5
  br i1 %620, label %621, label %636

621:                                              ; preds = %618
  %622 = load i32, ptr %6, align 4
  %623 = getelementptr inbounds [5 x i32], ptr @g_3170, i32 0, i32 %622
  %624 = load i32, ptr %623, align 4
  %625 = zext i32 %624 to i64
  %626 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %625, ptr noundef @.str.71, i32 noundef %626)
  %627 = load i32, ptr %9, align 4
  %628 = icmp ne i32 %627, 0
  br i1 %628, label %629, label %632

629:                                              ; preds = %621
  %630 = load i32, ptr %6, align 4
  %631 = call i32 (ptr, ...) @printf(ptr noundef @.str.4, i32 noundef %630)
  br label %632

632:                                              ; preds = %629, %621
  br label %633

633:                                              ; preds = %632
  %634 = load i32, ptr %6, align 4
  %635 = add nsw i32 %634, 1
  store i32 %635, ptr %6, align 4
  br label %618, !llvm.loop !35

636:                                              ; preds = %618
  store i32 0, ptr %6, align 4
  br label %637

637:                                              ; preds = %663, %636
  %638 = load i32, ptr %6, align 4
  %639 = icmp slt i32 %638, 4
  br i1 %639, label %640, label %666

640:                                              ; preds = %637
  store i32 0, ptr %7, align 4
  br label %641

641:                                              ; preds = %659, %640
  %642 = load i32, ptr %7, align 4
  %643 = icmp slt i32 %642, 7
  br i1 %643, label %644, label %662

644:                                              ; preds = %641
  %645 = load i32, ptr %6, align 4
  %646 = getelementptr inbounds [4 x [7 x i32]], ptr @g_3171, i32 0, i32 %645
  %647 = load i32, ptr %7, align 4
  %648 = getelementptr inbounds [7 x i32], ptr %646, i32 0, i32 %647
  %649 = load i32, ptr %648, align 4
  %650 = zext i32 %649 to i64
  %651 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %650, ptr noundef @.str.72, i32 noundef %651)
  %652 = load i32, ptr %9, align 4
  %653 = icmp ne i32 %652, 0
  br i1 %653, label %654, label %658

654:                                              ; preds = %644
  %655 = load i32, ptr %6, align 4
  %656 = load i32, ptr %7, align 4
  %657 = call i32 (ptr, ...) @printf(ptr noundef @.str.18, i32 noundef %655, i32 noundef %656)
  br label %658

658:                                              ; preds = %654, %644
  br label %659

659:                                              ; preds = %658
  %660 = load i32, ptr %7, align 4
  %661 = add nsw i32 %660, 1
  store i32 %661, ptr %7, align 4
  br label %641, !llvm.loop !36

662:                                              ; preds = %641
  br label %663

663:                                              ; preds = %662
  %664 = load i32, ptr %6, align 4
  %665 = add nsw i32 %664, 1
  store i32 %665, ptr %6, align 4
  br label %637, !llvm.loop !37

666:                                              ; preds = %637
  %667 = load i32, ptr @g_3172, align 4
  %668 = zext i32 %667 to i64
  %669 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %668, ptr noundef @.str.73, i32 noundef %669)
  %670 = load i32, ptr @g_3173, align 4
  %671 = zext i32 %670 to i64
  %672 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %671, ptr noundef @.str.74, i32 noundef %672)
  %673 = load i32, ptr @g_3174, align 4
  %674 = zext i32 %673 to i64
  %675 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %674, ptr noundef @.str.75, i32 noundef %675)
  %676 = load i32, ptr @g_3175, align 4
  %677 = zext i32 %676 to i64
  %678 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %677, ptr noundef @.str.76, i32 noundef %678)
  %679 = load i32, ptr @g_3176, align 4
  %680 = zext i32 %679 to i64
  %681 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %680, ptr noundef @.str.77, i32 noundef %681)
  %682 = load i32, ptr @g_3177, align 4
  %683 = zext i32 %682 to i64
  %684 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %683, ptr noundef @.str.78, i32 noundef %684)
  %685 = load i32, ptr @g_3178, align 4
  %686 = zext i32 %685 to i64
  %687 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %686, ptr noundef @.str.79, i32 noundef %687)
  %688 = load i32, ptr @g_3179, align 4
  %689 = zext i32 %688 to i64
  %690 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %689, ptr noundef @.str.80, i32 noundef %690)
  %691 = load i32, ptr @g_3180, align 4
  %692 = zext i32 %691 to i64
  %693 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %692, ptr noundef @.str.81, i32 noundef %693)
  %694 = load i32, ptr @g_3181, align 4
  %695 = zext i32 %694 to i64
  %696 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %695, ptr noundef @.str.82, i32 noundef %696)
  %697 = load i32, ptr @g_3182, align 4
  %698 = zext i32 %697 to i64
  %699 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %698, ptr noundef @.str.83, i32 noundef %699)
  %700 = load i32, ptr @g_3183, align 4
  %701 = zext i32 %700 to i64
  %702 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %701, ptr noundef @.str.84, i32 noundef %702)
  store i32 0, ptr %6, align 4
  br label %703

703:                                              ; preds = %718, %666
  %704 = load i32, ptr %6, align 4
  %705 = icmp slt i32 %704, 9
  br i1 %705, label %706, label %721

706:                                              ; preds = %703
  %707 = load i32, ptr %6, align 4
  %708 = getelementptr inbounds [9 x i32], ptr @g_3184, i32 0, i32 %707
  %709 = load i32, ptr %708, align 4
  %710 = zext i32 %709 to i64
  %711 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %710, ptr noundef @.str.85, i32 noundef %711)
  %712 = load i32, ptr %9, align 4
  %713 = icmp ne i32 %712, 0
  br i1 %713, label %714, label %717

714:                                              ; preds = %706
  %715 = load i32, ptr %6, align 4
  %716 = call i32 (ptr, ...) @printf(ptr noundef @.str.4, i32 noundef %715)
  br label %717

717:                                              ; preds = %714, %706
  br label %718

718:                                              ; preds = %717
  %719 = load i32, ptr %6, align 4
  %720 = add nsw i32 %719, 1
  store i32 %720, ptr %6, align 4
  br label %703, !llvm.loop !38

721:                                              ; preds = %703
  %722 = load i32, ptr @g_3185, align 4
  %723 = zext i32 %722 to i64
  %724 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %723, ptr noundef @.str.86, i32 noundef %724)
  store i32 0, ptr %6, align 4
  br label %725

725:                                              ; preds = %740, %721
  %726 = load i32, ptr %6, align 4
  %727 = icmp slt i32 %726, 6
  br i1 %727, label %728, label %743

728:                                              ; preds = %725
  %729 = load i32, ptr %6, align 4
  %730 = getelementptr inbounds [6 x i32], ptr @g_3186, i32 0, i32 %729
  %731 = load i32, ptr %730, align 4
  %732 = zext i32 %731 to i64
  %733 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %732, ptr noundef @.str.87, i32 noundef %733)
  %734 = load i32, ptr %9, align 4
  %735 = icmp ne i32 %734, 0
  br i1 %735, label %736, label %739

736:                                              ; preds = %728
  %737 = load i32, ptr %6, align 4
  %738 = call i32 (ptr, ...) @printf(ptr noundef @.str.4, i32 noundef %737)
  br label %739

739:                                              ; preds = %736, %728
  br label %740

740:                                              ; preds = %739
  %741 = load i32, ptr %6, align 4
  %742 = add nsw i32 %741, 1
  store i32 %742, ptr %6, align 4
  br label %725, !llvm.loop !39

743:                                              ; preds = %725
  %744 = load i32, ptr @g_3187, align 4
  %745 = zext i32 %744 to i64
  %746 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %745, ptr noundef @.str.88, i32 noundef %746)
  %747 = load i32, ptr @g_3188, align 4
  %748 = zext i32 %747 to i64
  %749 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %748, ptr noundef @.str.89, i32 noundef %749)
  store i32 0, ptr %6, align 4
  br label %750

750:                                              ; preds = %765, %743
  %751 = load i32, ptr %6, align 4
  %752 = icmp slt i32 %751, 8
  br i1 %752, label %753, label %768

753:                                              ; preds = %750
  %754 = load i32, ptr %6, align 4
  %755 = getelementptr inbounds [8 x i32], ptr @g_3189, i32 0, i32 %754
  %756 = load i32, ptr %755, align 4
  %757 = zext i32 %756 to i64
  %758 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %757, ptr noundef @.str.90, i32 noundef %758)
  %759 = load i32, ptr %9, align 4
  %760 = icmp ne i32 %759, 0
  br i1 %760, label %761, label %764

761:                                              ; preds = %753
  %762 = load i32, ptr %6, align 4
  %763 = call i32 (ptr, ...) @printf(ptr noundef @.str.4, i32 noundef %762)
  br label %764

764:                                              ; preds = %761, %753
  br label %765

765:                                              ; preds = %764
  %766 = load i32, ptr %6, align 4
  %767 = add nsw i32 %766, 1
  store i32 %767, ptr %6, align 4
  br label %750, !llvm.loop !40

768:                                              ; preds = %750
  %769 = load i32, ptr @g_3190, align 4
  %770 = zext i32 %769 to i64
  %771 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %770, ptr noundef @.str.91, i32 noundef %771)
  %772 = load i32, ptr @g_3191, align 4
  %773 = zext i32 %772 to i64
  %774 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %773, ptr noundef @.str.92, i32 noundef %774)
  %775 = load i32, ptr @g_3192, align 4
  %776 = zext i32 %775 to i64
  %777 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %776, ptr noundef @.str.93, i32 noundef %777)
  store i32 0, ptr %6, align 4
  br label %778

778:                                              ; preds = %815, %768
  %779 = load i32, ptr %6, align 4
  %780 = icmp slt i32 %779, 3
  br i1 %780, label %781, label %818

781:                                              ; preds = %778
  store i32 0, ptr %7, align 4
  br label %782

782:                                              ; preds = %811, %781
  %783 = load i32, ptr %7, align 4
  %784 = icmp slt i32 %783, 8
  br i1 %784, label %785, label %814

785:                                              ; preds = %782
  store i32 0, ptr %8, align 4
  br label %786

786:                                              ; preds = %807, %785
  %787 = load i32, ptr %8, align 4
  %788 = icmp slt i32 %787, 10
  br i1 %788, label %789, label %810

789:                                              ; preds = %786
  %790 = load i32, ptr %6, align 4
  %791 = getelementptr inbounds [3 x [8 x [10 x i32]]], ptr @g_3193, i32 0, i32 %790
  %792 = load i32, ptr %7, align 4
  %793 = getelementptr inbounds [8 x [10 x i32]], ptr %791, i32 0, i32 %792
  %794 = load i32, ptr %8, align 4
  %795 = getelementptr inbounds [10 x i32], ptr %793, i32 0, i32 %794
  %796 = load i32, ptr %795, align 4
  %797 = zext i32 %796 to i64
  %798 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %797, ptr noundef @.str.94, i32 noundef %798)
  %799 = load i32, ptr %9, align 4
  %800 = icmp ne i32 %799, 0
  br i1 %800, label %801, label %806

801:                                              ; preds = %789
  %802 = load i32, ptr %6, align 4
  %803 = load i32, ptr %7, align 4
  %804 = load i32, ptr %8, align 4
  %805 = call i32 (ptr, ...) @printf(ptr noundef @.str.11, i32 noundef %802, i32 noundef %803, i32 noundef %804)
  br label %806

806:                                              ; preds = %801, %789
  br label %807

807:                                              ; preds = %806
  %808 = load i32, ptr %8, align 4
  %809 = add nsw i32 %808, 1
  store i32 %809, ptr %8, align 4
  br label %786, !llvm.loop !41

810:                                              ; preds = %786
  br label %811

811:                                              ; preds = %810
  %812 = load i32, ptr %7, align 4
  %813 = add nsw i32 %812, 1
  store i32 %813, ptr %7, align 4
  br label %782, !llvm.loop !42

814:                                              ; preds = %782
  br label %815

815:                                              ; preds = %814
  %816 = load i32, ptr %6, align 4
  %817 = add nsw i32 %816, 1
  store i32 %817, ptr %6, align 4
  br label %778, !llvm.loop !43

818:                                              ; preds = %778
  %819 = load i32, ptr @g_3194, align 4
  %820 = zext i32 %819 to i64
  %821 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %820, ptr noundef @.str.95, i32 noundef %821)
  %822 = load i32, ptr @g_3195, align 4
  %823 = zext i32 %822 to i64
  %824 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %823, ptr noundef @.str.96, i32 noundef %824)
  %825 = load i32, ptr @g_3196, align 4
  %826 = zext i32 %825 to i64
  %827 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %826, ptr noundef @.str.97, i32 noundef %827)
  %828 = load i32, ptr @g_3197, align 4
  %829 = zext i32 %828 to i64
  %830 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %829, ptr noundef @.str.98, i32 noundef %830)
  store i32 0, ptr %6, align 4
  br label %831

831:                                              ; preds = %868, %818
  %832 = load i32, ptr %6, align 4
  %833 = icmp slt i32 %832, 5
  br i1 %833, label %834, label %871

834:                                              ; preds = %831
  store i32 0, ptr %7, align 4
  br label %835

835:                                              ; preds = %864, %834
  %836 = load i32, ptr %7, align 4
  %837 = icmp slt i32 %836, 8
  br i1 %837, label %838, label %867

838:                                              ; preds = %835
  store i32 0, ptr %8, align 4
  br label %839

839:                                              ; preds = %860, %838
  %840 = load i32, ptr %8, align 4
  %841 = icmp slt i32 %840, 2
  br i1 %841, label %842, label %863

842:                                              ; preds = %839
  %843 = load i32, ptr %6, align 4
  %844 = getelementptr inbounds [5 x [8 x [2 x i32]]], ptr @g_3200, i32 0, i32 %843
  %845 = load i32, ptr %7, align 4
  %846 = getelementptr inbounds [8 x [2 x i32]], ptr %844, i32 0, i32 %845
  %847 = load i32, ptr %8, align 4
  %848 = getelementptr inbounds [2 x i32], ptr %846, i32 0, i32 %847
  %849 = load i32, ptr %848, align 4
  %850 = zext i32 %849 to i64
  %851 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %850, ptr noundef @.str.99, i32 noundef %851)
  %852 = load i32, ptr %9, align 4
  %853 = icmp ne i32 %852, 0
  br i1 %853, label %854, label %859

854:                                              ; preds = %842
  %855 = load i32, ptr %6, align 4
  %856 = load i32, ptr %7, align 4
  %857 = load i32, ptr %8, align 4
  %858 = call i32 (ptr, ...) @printf(ptr noundef @.str.11, i32 noundef %855, i32 noundef %856, i32 noundef %857)
  br label %859

859:                                              ; preds = %854, %842
  br label %860

860:                                              ; preds = %859
  %861 = load i32, ptr %8, align 4
  %862 = add nsw i32 %861, 1
  store i32 %862, ptr %8, align 4
  br label %839, !llvm.loop !44

863:                                              ; preds = %839
  br label %864

864:                                              ; preds = %863
  %865 = load i32, ptr %7, align 4
  %866 = add nsw i32 %865, 1
  store i32 %866, ptr %7, align 4
  br label %835, !llvm.loop !45

867:                                              ; preds = %835
  br label %868

868:                                              ; preds = %867
  %869 = load i32, ptr %6, align 4
  %870 = add nsw i32 %869, 1
  store i32 %870, ptr %6, align 4
  br label %831, !llvm.loop !46

871:                                              ; preds = %831
  store i32 0, ptr %6, align 4
  br label %872

872:                                              ; preds = %909, %871
  %873 = load i32, ptr %6, align 4
  %874 = icmp slt i32 %873, 2
  br i1 %874, label %875, label %912

875:                                              ; preds = %872
  store i32 0, ptr %7, align 4
  br label %876

876:                                              ; preds = %905, %875
  %877 = load i32, ptr %7, align 4
  %878 = icmp slt i32 %877, 8
  br i1 %878, label %879, label %908

879:                                              ; preds = %876
  store i32 0, ptr %8, align 4
  br label %880

880:                                              ; preds = %901, %879
  %881 = load i32, ptr %8, align 4
  %882 = icmp slt i32 %881, 3
  br i1 %882, label %883, label %904

883:                                              ; preds = %880
  %884 = load i32, ptr %6, align 4
  %885 = getelementptr inbounds [2 x [8 x [3 x i32]]], ptr @g_3202, i32 0, i32 %884
  %886 = load i32, ptr %7, align 4
  %887 = getelementptr inbounds [8 x [3 x i32]], ptr %885, i32 0, i32 %886
  %888 = load i32, ptr %8, align 4
  %889 = getelementptr inbounds [3 x i32], ptr %887, i32 0, i32 %888
  %890 = load i32, ptr %889, align 4
  %891 = zext i32 %890 to i64
  %892 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %891, ptr noundef @.str.100, i32 noundef %892)
  %893 = load i32, ptr %9, align 4
  %894 = icmp ne i32 %893, 0
  br i1 %894, label %895, label %900

895:                                              ; preds = %883
  %896 = load i32, ptr %6, align 4
  %897 = load i32, ptr %7, align 4
  %898 = load i32, ptr %8, align 4
  %899 = call i32 (ptr, ...) @printf(ptr noundef @.str.11, i32 noundef %896, i32 noundef %897, i32 noundef %898)
  br label %900

900:                                              ; preds = %895, %883
  br label %901

901:                                              ; preds = %900
  %902 = load i32, ptr %8, align 4
  %903 = add nsw i32 %902, 1
  store i32 %903, ptr %8, align 4
  br label %880, !llvm.loop !47

904:                                              ; preds = %880
  br label %905

905:                                              ; preds = %904
  %906 = load i32, ptr %7, align 4
  %907 = add nsw i32 %906, 1
  store i32 %907, ptr %7, align 4
  br label %876, !llvm.loop !48

908:                                              ; preds = %876
  br label %909

909:                                              ; preds = %908
  %910 = load i32, ptr %6, align 4
  %911 = add nsw i32 %910, 1
  store i32 %911, ptr %6, align 4
  br label %872, !llvm.loop !49

912:                                              ; preds = %872
  %913 = load i8, ptr @g_3315, align 1
  %914 = zext i8 %913 to i64
  %915 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %914, ptr noundef @.str.101, i32 noundef %915)
  %916 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef -1, ptr noundef @.str.102, i32 noundef %916)
  %917 = load i16, ptr @g_3353, align 2
  %918 = sext i16 %917 to i64
  %919 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %918, ptr noundef @.str.103, i32 noundef %919)
  %920 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef 215543665, ptr noundef @.str.104, i32 noundef %920)
  %921 = load i32, ptr @g_3497, align 4
  %922 = zext i32 %921 to i64
  %923 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %922, ptr noundef @.str.105, i32 noundef %923)
  %924 = load i64, ptr @g_3718, align 8
  %925 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %924, ptr noundef @.str.106, i32 noundef %925)
  %926 = load i8, ptr @g_3853, align 1
  %927 = zext i8 %926 to i64
  %928 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %927, ptr noundef @.str.107, i32 noundef %928)
  %929 = load i32, ptr @g_3889, align 4
  %930 = zext i32 %929 to i64
  %931 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %930, ptr noundef @.str.108, i32 noundef %931)
  %932 = load i32, ptr @g_3908, align 4
  %933 = sext i32 %932 to i64
  %934 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %933, ptr noundef @.str.109, i32 noundef %934)
  %935 = load i64, ptr @g_3983, align 8
  %936 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %935, ptr noundef @.str.110, i32 noundef %936)
  %937 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef -1, ptr noundef @.str.111, i32 noundef %937)
  %938 = load i64, ptr @g_4095, align 8
  %939 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %938, ptr noundef @.str.112, i32 noundef %939)
  store i32 0, ptr %6, align 4
  br label %940

940:                                              ; preds = %955, %912
  %941 = load i32, ptr %6, align 4
  %942 = icmp slt i32 %941, 10
  br i1 %942, label %943, label %958

943:                                              ; preds = %940
  %944 = load i32, ptr %6, align 4
  %945 = getelementptr inbounds [10 x i16], ptr @g_4167, i32 0, i32 %944
  %946 = load volatile i16, ptr %945, align 2
  %947 = zext i16 %946 to i64
  %948 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %947, ptr noundef @.str.113, i32 noundef %948)
  %949 = load i32, ptr %9, align 4
  %950 = icmp ne i32 %949, 0
  br i1 %950, label %951, label %954

951:                                              ; preds = %943
  %952 = load i32, ptr %6, align 4
  %953 = call i32 (ptr, ...) @printf(ptr noundef @.str.4, i32 noundef %952)
  br label %954

954:                                              ; preds = %951, %943
  br label %955

955:                                              ; preds = %954
  %956 = load i32, ptr %6, align 4
  %957 = add nsw i32 %956, 1
  store i32 %957, ptr %6, align 4
  br label %940, !llvm.loop !50

958:                                              ; preds = %940
  store i32 0, ptr %6, align 4
  br label %959

959:                                              ; preds = %985, %958
  %960 = load i32, ptr %6, align 4
  %961 = icmp slt i32 %960, 1
  br i1 %961, label %962, label %988

962:                                              ; preds = %959
  store i32 0, ptr %7, align 4
  br label %963

963:                                              ; preds = %981, %962
  %964 = load i32, ptr %7, align 4
  %965 = icmp slt i32 %964, 5
  br i1 %965, label %966, label %984

966:                                              ; preds = %963
  %967 = load i32, ptr %6, align 4
  %968 = getelementptr inbounds [1 x [5 x i32]], ptr @g_4235, i32 0, i32 %967
  %969 = load i32, ptr %7, align 4
  %970 = getelementptr inbounds [5 x i32], ptr %968, i32 0, i32 %969
  %971 = load i32, ptr %970, align 4
  %972 = zext i32 %971 to i64
  %973 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %972, ptr noundef @.str.114, i32 noundef %973)
  %974 = load i32, ptr %9, align 4
  %975 = icmp ne i32 %974, 0
  br i1 %975, label %976, label %980

976:                                              ; preds = %966
  %977 = load i32, ptr %6, align 4
  %978 = load i32, ptr %7, align 4
  %979 = call i32 (ptr, ...) @printf(ptr noundef @.str.18, i32 noundef %977, i32 noundef %978)
  br label %980

980:                                              ; preds = %976, %966
  br label %981

981:                                              ; preds = %980
  %982 = load i32, ptr %7, align 4
  %983 = add nsw i32 %982, 1
  store i32 %983, ptr %7, align 4
  br label %963, !llvm.loop !51

984:                                              ; preds = %963
  br label %985

985:                                              ; preds = %984
  %986 = load i32, ptr %6, align 4
  %987 = add nsw i32 %986, 1
  store i32 %987, ptr %6, align 4
  br label %959, !llvm.loop !52

988:                                              ; preds = %959
  store i32 0, ptr %6, align 4
  br label %989

989:                                              ; preds = %1003, %988
  %990 = load i32, ptr %6, align 4
  %991 = icmp slt i32 %990, 8
  br i1 %991, label %992, label %1006

992:                                              ; preds = %989
  %993 = load i32, ptr %6, align 4
  %994 = getelementptr inbounds [8 x i64], ptr @g_4260, i32 0, i32 %993
  %995 = load i64, ptr %994, align 8
  %996 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %995, ptr noundef @.str.115, i32 noundef %996)
  %997 = load i32, ptr %9, align 4
  %998 = icmp ne i32 %997, 0
  br i1 %998, label %999, label %1002

999:                                              ; preds = %992
  %1000 = load i32, ptr %6, align 4
  %1001 = call i32 (ptr, ...) @printf(ptr noundef @.str.4, i32 noundef %1000)
  br label %1002

1002:                                             ; preds = %999, %992
  br label %1003

1003:                                             ; preds = %1002
  %1004 = load i32, ptr %6, align 4
  %1005 = add nsw i32 %1004, 1
  store i32 %1005, ptr %6, align 4
  br label %989, !llvm.loop !53

1006:                                             ; preds = %989
  %1007 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef 0, ptr noundef @.str.116, i32 noundef %1007)
  %1008 = load i32, ptr @g_4480, align 4
  %1009 = sext i32 %1008 to i64
  %1010 = load i32, ptr %9, align 4
  call void @transparent_crc(i64 noundef %1009, ptr noundef @.str.117, i32 noundef %1010)
  %1011 = load i32, ptr @crc32_context, align 4
  %1012 = xor i32 %1011, -1
  %1013 = load i32, ptr %9, align 4
  call void @platform_main_end(i32 noundef %1012, i32 noundef %1013)
  ret i32 0
}

; Function Attrs: nounwind
declare dso_local i32 @strcmp(ptr noundef, ptr noundef) #1

; Function Attrs: noinline nounwind
define internal void @platform_main_begin() #0 {
  ret void
}

; Function Attrs: noinline nounwind
define internal void @crc32_gentab() #0 {
  %1 = alloca i32, align 4
  %2 = alloca i32, align 4
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  store i32 -306674912, ptr %2, align 4
  store i32 0, ptr %3, align 4
  br label %5

5:                                                ; preds = %32, %0
  %6 = load i32, ptr %3, align 4
  %7 = icmp slt i32 %6, 256
  br i1 %7, label %8, label %35

8:                                                ; preds = %5
  %9 = load i32, ptr %3, align 4
  store i32 %9, ptr %1, align 4
  store i32 8, ptr %4, align 4
  br label %10

10:                                               ; preds = %25, %8
  %11 = load i32, ptr %4, align 4
  %12 = icmp sgt i32 %11, 0
  br i1 %12, label %13, label %28

13:                                               ; preds = %10
  %14 = load i32, ptr %1, align 4
  %15 = and i32 %14, 1
  %16 = icmp ne i32 %15, 0
  br i1 %16, label %17, label %21

17:                                               ; preds = %13
  %18 = load i32, ptr %1, align 4
  %19 = lshr i32 %18, 1
  %20 = xor i32 %19, -306674912
  store i32 %20, ptr %1, align 4
  br label %24

21:                                               ; preds = %13
  %22 = load i32, ptr %1, align 4
  %23 = lshr i32 %22, 1
  store i32 %23, ptr %1, align 4
  br label %24

24:                                               ; preds = %21, %17
  br label %25

25:                                               ; preds = %24
  %26 = load i32, ptr %4, align 4
  %27 = add nsw i32 %26, -1
  store i32 %27, ptr %4, align 4
  br label %10, !llvm.loop !54

28:                                               ; preds = %10
  %29 = load i32, ptr %1, align 4
  %30 = load i32, ptr %3, align 4
  %31 = getelementptr inbounds [256 x i32], ptr @crc32_tab, i32 0, i32 %30
  store i32 %29, ptr %31, align 4
  br label %32

32:                                               ; preds = %28
  %33 = load i32, ptr %3, align 4
  %34 = add nsw i32 %33, 1
  store i32 %34, ptr %3, align 4
  br label %5, !llvm.loop !55

35:                                               ; preds = %5
  ret void
}

; Function Attrs: noinline nounwind
define internal i32 @func_1() #0 {
  %1 = alloca i8, align 1
  %2 = alloca ptr, align 4
  %3 = alloca ptr, align 4
  %4 = alloca ptr, align 4
  %5 = alloca i64, align 8
  %6 = alloca [8 x [6 x [3 x i32]]], align 4
  %7 = alloca i64, align 8
  %8 = alloca i64, align 8
  %9 = alloca i64, align 8
  %10 = alloca i64, align 8
  %11 = alloca [9 x [7 x [2 x ptr]]], align 4
  %12 = alloca [8 x [4 x [6 x i16]]], align 2
  %13 = alloca [10 x [4 x [1 x i32]]], align 4
  %14 = alloca ptr, align 4
  %15 = alloca [1 x [8 x [2 x ptr]]], align 4
  %16 = alloca [4 x ptr], align 4
  %17 = alloca ptr, align 4
  %18 = alloca i32, align 4
  %19 = alloca i32, align 4
  %20 = alloca i8, align 1
  %21 = alloca i16, align 2
  %22 = alloca ptr, align 4
  %23 = alloca i32, align 4
  %24 = alloca i16, align 2
  %25 = alloca i64, align 8
  %26 = alloca i32, align 4
  %27 = alloca i32, align 4
  %28 = alloca i16, align 2
  %29 = alloca i32, align 4
  %30 = alloca [6 x ptr], align 4
  %31 = alloca i16, align 2
  %32 = alloca ptr, align 4
  %33 = alloca ptr, align 4
  %34 = alloca i64, align 8
  %35 = alloca i8, align 1
  %36 = alloca ptr, align 4
  %37 = alloca ptr, align 4
  %38 = alloca i32, align 4
  %39 = alloca i64, align 8
  %40 = alloca i32, align 4
  %41 = alloca [6 x i64], align 8
  %42 = alloca i16, align 2
  %43 = alloca ptr, align 4
  %44 = alloca ptr, align 4
  %45 = alloca i32, align 4
  %46 = alloca ptr, align 4
  %47 = alloca i64, align 8
  %48 = alloca i8, align 1
  %49 = alloca ptr, align 4
  %50 = alloca [8 x ptr], align 4
  %51 = alloca ptr, align 4
  %52 = alloca ptr, align 4
  %53 = alloca ptr, align 4
  %54 = alloca ptr, align 4
  %55 = alloca i8, align 1
  %56 = alloca i64, align 8
  %57 = alloca i32, align 4
  %58 = alloca [1 x i32], align 4
  %59 = alloca ptr, align 4
  %60 = alloca i32, align 4
  %61 = alloca i8, align 1
  %62 = alloca ptr, align 4
  %63 = alloca [3 x [9 x [4 x ptr]]], align 4
  %64 = alloca i32, align 4
  %65 = alloca i16, align 2
  %66 = alloca [8 x [2 x i32]], align 4
  %67 = alloca i64, align 8
  %68 = alloca i32, align 4
  %69 = alloca i32, align 4
  %70 = alloca i32, align 4
  %71 = alloca i32, align 4
  store i8 -2, ptr %1, align 1
  store ptr null, ptr %2, align 4
  store ptr @g_147, ptr %3, align 4
  store ptr %3, ptr %4, align 4
  store i64 600688166794238052, ptr %5, align 8
  call void @llvm.memcpy.p0.p0.i32(ptr align 4 %6, ptr align 4 @__const.func_1.l_3050, i32 576, i1 false)
  store i64 2975641077608650592, ptr %7, align 8
  store i64 3370887058188597469, ptr %8, align 8
  store i64 -7313463958330836804, ptr %9, align 8
  store i64 5873907468400782726, ptr %10, align 8
  call void @llvm.memcpy.p0.p0.i32(ptr align 4 %11, ptr align 4 @__const.func_1.l_3074, i32 504, i1 false)
  call void @llvm.memcpy.p0.p0.i32(ptr align 2 %12, ptr align 2 @__const.func_1.l_3075, i32 384, i1 false)
  call void @llvm.memcpy.p0.p0.i32(ptr align 4 %13, ptr align 4 @__const.func_1.l_3206, i32 160, i1 false)
  %72 = getelementptr inbounds [10 x [4 x [1 x i32]]], ptr %13, i32 0, i32 6
  %73 = getelementptr inbounds [4 x [1 x i32]], ptr %72, i32 0, i32 2
  %74 = getelementptr inbounds [1 x i32], ptr %73, i32 0, i32 0
  store ptr %74, ptr %14, align 4
  call void @llvm.memcpy.p0.p0.i32(ptr align 4 %15, ptr align 4 @__const.func_1.l_3232, i32 64, i1 false)
  store ptr null, ptr %17, align 4
  store i32 -1490299503, ptr %18, align 4
  store i32 1, ptr %19, align 4
  store i8 -1, ptr %20, align 1
  store i16 -5, ptr %21, align 2
  store ptr @g_2536, ptr %22, align 4
  store i32 1696751865, ptr %23, align 4
  store i16 -1, ptr %24, align 2
  store i64 1568743537292403106, ptr %25, align 8
  store i32 304097403, ptr %26, align 4
  store i32 1429684798, ptr %27, align 4
  store i16 -10, ptr %28, align 2
  store i32 -1826626277, ptr %29, align 4
  call void @llvm.memcpy.p0.p0.i32(ptr align 4 %30, ptr align 4 @__const.func_1.l_3608, i32 24, i1 false)
  store i16 7445, ptr %31, align 2
  store ptr getelementptr inbounds ([3 x i32], ptr getelementptr inbounds ([8 x [3 x i32]], ptr getelementptr inbounds ([10 x [8 x [3 x i32]]], ptr @g_130, i32 0, i32 9), i32 0, i32 7), i32 0, i32 1), ptr %32, align 4
  store ptr @g_490, ptr %33, align 4
  store i64 -3, ptr %34, align 8
  store i8 0, ptr %35, align 1
  store ptr %19, ptr %36, align 4
  store ptr %36, ptr %37, align 4
  store i32 -9, ptr %38, align 4
  store i64 -5, ptr %39, align 8
  store i32 0, ptr %40, align 4
  call void @llvm.memset.p0.i32(ptr align 8 %41, i8 0, i32 48, i1 false)
  %75 = getelementptr inbounds [6 x i64], ptr %41, i32 0, i32 0
  store i64 7845217120247809026, ptr %75, align 8
  %76 = getelementptr inbounds [6 x i64], ptr %41, i32 0, i32 1
  store i64 -610501909649713055, ptr %76, align 8
  %77 = getelementptr inbounds [6 x i64], ptr %41, i32 0, i32 2
  store i64 7845217120247809026, ptr %77, align 8
  %78 = getelementptr inbounds [6 x i64], ptr %41, i32 0, i32 3
  store i64 7845217120247809026, ptr %78, align 8
  %79 = getelementptr inbounds [6 x i64], ptr %41, i32 0, i32 4
  store i64 -610501909649713055, ptr %79, align 8
  %80 = getelementptr inbounds [6 x i64], ptr %41, i32 0, i32 5
  store i64 7845217120247809026, ptr %80, align 8
  store i16 0, ptr %42, align 2
  store ptr @g_2675, ptr %43, align 4
  store ptr %43, ptr %44, align 4
  store i32 2, ptr %45, align 4
  store ptr %2, ptr %46, align 4
  store i64 1684298882660026060, ptr %47, align 8
  store i8 0, ptr %48, align 1
  store ptr @g_490, ptr %49, align 4
  store ptr %49, ptr %50, align 4
  %81 = getelementptr inbounds ptr, ptr %50, i32 1
  store ptr %49, ptr %81, align 4
  %82 = getelementptr inbounds ptr, ptr %50, i32 2
  store ptr %49, ptr %82, align 4
  %83 = getelementptr inbounds ptr, ptr %50, i32 3
  store ptr %49, ptr %83, align 4
  %84 = getelementptr inbounds ptr, ptr %50, i32 4
  store ptr %49, ptr %84, align 4
  %85 = getelementptr inbounds ptr, ptr %50, i32 5
  store ptr %49, ptr %85, align 4
  %86 = getelementptr inbounds ptr, ptr %50, i32 6
  store ptr %49, ptr %86, align 4
  %87 = getelementptr inbounds ptr, ptr %50, i32 7
  store ptr %49, ptr %87, align 4
  %88 = getelementptr inbounds [8 x ptr], ptr %50, i32 0, i32 1
  store ptr %88, ptr %51, align 4
  store ptr %51, ptr %52, align 4
  store ptr @g_3972, ptr %53, align 4
  store ptr %53, ptr %54, align 4
  store i8 -9, ptr %55, align 1
  store i64 -1, ptr %56, align 8
  store i32 -1081672978, ptr %57, align 4
  %89 = getelementptr inbounds [8 x [6 x [3 x i32]]], ptr %6, i32 0, i32 4
  %90 = getelementptr inbounds [6 x [3 x i32]], ptr %89, i32 0, i32 4
  %91 = getelementptr inbounds [3 x i32], ptr %90, i32 0, i32 2
  store ptr %91, ptr %59, align 4
  store i32 64292086, ptr %60, align 4
  store i8 -66, ptr %61, align 1
  store ptr getelementptr inbounds ([3 x i32], ptr getelementptr inbounds ([8 x [3 x i32]], ptr getelementptr inbounds ([10 x [8 x [3 x i32]]], ptr @g_130, i32 0, i32 9), i32 0, i32 7), i32 0, i32 1), ptr %62, align 4
  call void @llvm.memcpy.p0.p0.i32(ptr align 4 %63, ptr align 4 @__const.func_1.l_4467, i32 432, i1 false)
  store i32 -1832800695, ptr %64, align 4
  store i16 8, ptr %65, align 2
  call void @llvm.memcpy.p0.p0.i32(ptr align 4 %66, ptr align 4 @__const.func_1.l_4472, i32 64, i1 false)
  store i64 5323306420595319117, ptr %67, align 8
  store i32 -9, ptr %68, align 4
  store i32 0, ptr %69, align 4
  br label %92

92:                                               ; preds = %101, %0
  %93 = load i32, ptr %69, align 4
  %94 = icmp slt i32 %93, 4
  br i1 %94, label %95, label %104

95:                                               ; preds = %92
  %96 = getelementptr inbounds [1 x [8 x [2 x ptr]]], ptr %15, i32 0, i32 0
  %97 = getelementptr inbounds [8 x [2 x ptr]], ptr %96, i32 0, i32 7
  %98 = getelementptr inbounds [2 x ptr], ptr %97, i32 0, i32 1
  %99 = load i32, ptr %69, align 4
  %100 = getelementptr inbounds [4 x ptr], ptr %16, i32 0, i32 %99
  store ptr %98, ptr %100, align 4
  br label %101

101:                                              ; preds = %95
  %102 = load i32, ptr %69, align 4
  %103 = add nsw i32 %102, 1
  store i32 %103, ptr %69, align 4
  br label %92, !llvm.loop !56

104:                                              ; preds = %92
  store i32 0, ptr %69, align 4
  br label %105

105:                                              ; preds = %111, %104
  %106 = load i32, ptr %69, align 4
  %107 = icmp slt i32 %106, 1
  br i1 %107, label %108, label %114

108:                                              ; preds = %105
  %109 = load i32, ptr %69, align 4
  %110 = getelementptr inbounds [1 x i32], ptr %58, i32 0, i32 %109
  store i32 -1, ptr %110, align 4
  br label %111

111:                                              ; preds = %108
  %112 = load i32, ptr %69, align 4
  %113 = add nsw i32 %112, 1
  store i32 %113, ptr %69, align 4
  br label %105, !llvm.loop !57

114:                                              ; preds = %105
  %115 = load ptr, ptr @g_2286, align 4
  %116 = load ptr, ptr %115, align 4
  %117 = load i32, ptr %116, align 4
  ret i32 %117
}

; Function Attrs: noinline nounwind
define internal void @transparent_crc(i64 noundef %0, ptr noundef %1, i32 noundef %2) #0 {
  %4 = alloca i64, align 8
  %5 = alloca ptr, align 4
  %6 = alloca i32, align 4
  store i64 %0, ptr %4, align 8
  store ptr %1, ptr %5, align 4
  store i32 %2, ptr %6, align 4
  %7 = load i64, ptr %4, align 8
  call void @crc32_8bytes(i64 noundef %7)
  %8 = load i32, ptr %6, align 4
  %9 = icmp ne i32 %8, 0
  br i1 %9, label %10, label %15

10:                                               ; preds = %3
  %11 = load ptr, ptr %5, align 4
  %12 = load i32, ptr @crc32_context, align 4
  %13 = xor i32 %12, -1
  %14 = call i32 (ptr, ...) @printf(ptr noundef @.str.118, ptr noundef %11, i32 noundef %13)
  br label %15

15:                                               ; preds = %10, %3
  ret void
}

declare dso_local i32 @printf(ptr noundef, ...) #2

; Function Attrs: noinline nounwind
define internal void @platform_main_end(i32 noundef %0, i32 noundef %1) #0 {
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  store i32 %0, ptr %3, align 4
  store i32 %1, ptr %4, align 4
  %5 = load i32, ptr %3, align 4
  %6 = call i32 (ptr, ...) @printf(ptr noundef @.str.119, i32 noundef %5)
  ret void
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i32(ptr noalias nocapture writeonly, ptr noalias nocapture readonly, i32, i1 immarg) #3

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i32(ptr nocapture writeonly, i8, i32, i1 immarg) #4

; Function Attrs: noinline nounwind
define internal void @crc32_8bytes(i64 noundef %0) #0 {
  %2 = alloca i64, align 8
  store i64 %0, ptr %2, align 8
  %3 = load i64, ptr %2, align 8
  %4 = lshr i64 %3, 0
  %5 = and i64 %4, 255
  %6 = trunc i64 %5 to i8
  call void @crc32_byte(i8 noundef zeroext %6)
  %7 = load i64, ptr %2, align 8
  %8 = lshr i64 %7, 8
  %9 = and i64 %8, 255
  %10 = trunc i64 %9 to i8
  call void @crc32_byte(i8 noundef zeroext %10)
  %11 = load i64, ptr %2, align 8
  %12 = lshr i64 %11, 16
  %13 = and i64 %12, 255
  %14 = trunc i64 %13 to i8
  call void @crc32_byte(i8 noundef zeroext %14)
  %15 = load i64, ptr %2, align 8
  %16 = lshr i64 %15, 24
  %17 = and i64 %16, 255
  %18 = trunc i64 %17 to i8
  call void @crc32_byte(i8 noundef zeroext %18)
  %19 = load i64, ptr %2, align 8
  %20 = lshr i64 %19, 32
  %21 = and i64 %20, 255
  %22 = trunc i64 %21 to i8
  call void @crc32_byte(i8 noundef zeroext %22)
  %23 = load i64, ptr %2, align 8
  %24 = lshr i64 %23, 40
  %25 = and i64 %24, 255
  %26 = trunc i64 %25 to i8
  call void @crc32_byte(i8 noundef zeroext %26)
  %27 = load i64, ptr %2, align 8
  %28 = lshr i64 %27, 48
  %29 = and i64 %28, 255
  %30 = trunc i64 %29 to i8
  call void @crc32_byte(i8 noundef zeroext %30)
  %31 = load i64, ptr %2, align 8
  %32 = lshr i64 %31, 56
  %33 = and i64 %32, 255
  %34 = trunc i64 %33 to i8
  call void @crc32_byte(i8 noundef zeroext %34)
  ret void
}

; Function Attrs: noinline nounwind
define internal void @crc32_byte(i8 noundef zeroext %0) #0 {
  %2 = alloca i8, align 1
  store i8 %0, ptr %2, align 1
  %3 = load i32, ptr @crc32_context, align 4
  %4 = lshr i32 %3, 8
  %5 = and i32 %4, 16777215
  %6 = load i32, ptr @crc32_context, align 4
  %7 = load i8, ptr %2, align 1
  %8 = zext i8 %7 to i32
  %9 = xor i32 %6, %8
  %10 = and i32 %9, 255
  %11 = getelementptr inbounds [256 x i32], ptr @crc32_tab, i32 0, i32 %10
  %12 = load i32, ptr %11, align 4
  %13 = xor i32 %5, %12
  store i32 %13, ptr @crc32_context, align 4
  ret void
}

attributes #0 = { noinline nounwind "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="cortex-m3" "target-features"="+armv7-m,+hwdiv,+soft-float,+thumb-mode,-aes,-bf16,-d32,-dotprod,-fp-armv8,-fp-armv8d16,-fp-armv8d16sp,-fp-armv8sp,-fp16,-fp16fml,-fp64,-fpregs,-fullfp16,-mve,-mve.fp,-neon,-sha2,-vfp2,-vfp2sp,-vfp3,-vfp3d16,-vfp3d16sp,-vfp3sp,-vfp4,-vfp4d16,-vfp4d16sp,-vfp4sp" "use-soft-float"="true" }
attributes #1 = { nounwind "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="cortex-m3" "target-features"="+armv7-m,+hwdiv,+soft-float,+thumb-mode,-aes,-bf16,-d32,-dotprod,-fp-armv8,-fp-armv8d16,-fp-armv8d16sp,-fp-armv8sp,-fp16,-fp16fml,-fp64,-fpregs,-fullfp16,-mve,-mve.fp,-neon,-sha2,-vfp2,-vfp2sp,-vfp3,-vfp3d16,-vfp3d16sp,-vfp3sp,-vfp4,-vfp4d16,-vfp4d16sp,-vfp4sp" "use-soft-float"="true" }
attributes #2 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="cortex-m3" "target-features"="+armv7-m,+hwdiv,+soft-float,+thumb-mode,-aes,-bf16,-d32,-dotprod,-fp-armv8,-fp-armv8d16,-fp-armv8d16sp,-fp-armv8sp,-fp16,-fp16fml,-fp64,-fpregs,-fullfp16,-mve,-mve.fp,-neon,-sha2,-vfp2,-vfp2sp,-vfp3,-vfp3d16,-vfp3d16sp,-vfp3sp,-vfp4,-vfp4d16,-vfp4d16sp,-vfp4sp" "use-soft-float"="true" }
attributes #3 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #4 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #5 = { nounwind }

!llvm.module.flags = !{!0, !1, !2}
!llvm.ident = !{!3}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 1, !"min_enum_size", i32 4}
!2 = !{i32 7, !"frame-pointer", i32 2}
!3 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!4 = distinct !{!4, !5}
!5 = !{!"llvm.loop.mustprogress"}
!6 = distinct !{!6, !5}
!7 = distinct !{!7, !5}
!8 = distinct !{!8, !5}
!9 = distinct !{!9, !5}
!10 = distinct !{!10, !5}
!11 = distinct !{!11, !5}
!12 = distinct !{!12, !5}
!13 = distinct !{!13, !5}
!14 = distinct !{!14, !5}
!15 = distinct !{!15, !5}
!16 = distinct !{!16, !5}
!17 = distinct !{!17, !5}
!18 = distinct !{!18, !5}
!19 = distinct !{!19, !5}
!20 = distinct !{!20, !5}
!21 = distinct !{!21, !5}
!22 = distinct !{!22, !5}
!23 = distinct !{!23, !5}
!24 = distinct !{!24, !5}
!25 = distinct !{!25, !5}
!26 = distinct !{!26, !5}
!27 = distinct !{!27, !5}
!28 = distinct !{!28, !5}
!29 = distinct !{!29, !5}
!30 = distinct !{!30, !5}
!31 = distinct !{!31, !5}
!32 = distinct !{!32, !5}
!33 = distinct !{!33, !5}
!34 = distinct !{!34, !5}
!35 = distinct !{!35, !5}
!36 = distinct !{!36, !5}
!37 = distinct !{!37, !5}
!38 = distinct !{!38, !5}
!39 = distinct !{!39, !5}
!40 = distinct !{!40, !5}
!41 = distinct !{!41, !5}
!42 = distinct !{!42, !5}
!43 = distinct !{!43, !5}
!44 = distinct !{!44, !5}
!45 = distinct !{!45, !5}
!46 = distinct !{!46, !5}
!47 = distinct !{!47, !5}
!48 = distinct !{!48, !5}
!49 = distinct !{!49, !5}
!50 = distinct !{!50, !5}
!51 = distinct !{!51, !5}
!52 = distinct !{!52, !5}
!53 = distinct !{!53, !5}
!54 = distinct !{!54, !5}
!55 = distinct !{!55, !5}
!56 = distinct !{!56, !5}
!57 = distinct !{!57, !5}
