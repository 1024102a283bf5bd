async def g():
 match x:
  case 1:
   if x:
    try:
     if a: return x
     try:
      try:
       if a: return x
       try:
        for x in y:
         pass
        else:
         with x, z:
          try:
           try:
            if a: return 1
            with x:
             if x:
              try:
               pass
              except E:
               pass
              else:
               while x:
                while x:
                 try:
                  if a: return x
                  while x:
                   pass
                 finally:
                  for x in y: pass
           finally:
            for x in y: pass
          except* E:
           pass
       except E:
        pass
       finally:
        pass
      finally:
       for x in y: pass
     except E:
      pass
    finally:
     for x in y: pass
